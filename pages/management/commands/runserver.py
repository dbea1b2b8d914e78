from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand

from pages.management.commands.setup_demo import SIGN_INS_FILE


class Command(RunserverCommand):
    help = (
        RunserverCommand.help
        + " Once it listens, prints the demo site's address and sign-ins that "
        "`manage.py setup_demo --keep-sign-ins` kept, so that they end the console."
    )

    def on_bind(self, server_port):
        super().on_bind(server_port)
        if SIGN_INS_FILE.exists():
            self.stdout.write(SIGN_INS_FILE.read_text(), ending="")
