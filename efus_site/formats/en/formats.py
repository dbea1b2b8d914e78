# Weeks start on Monday across Europe (Django's English is the United States').
FIRST_DAY_OF_WEEK = 1
