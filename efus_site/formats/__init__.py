"""Formats where Django's for a language are not Europe's (``FORMAT_MODULE_PATH``); what a
module here leaves out stays Django's."""
