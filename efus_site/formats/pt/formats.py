# Weeks start on Monday in Portugal (Django's Portuguese is Brazil's).
FIRST_DAY_OF_WEEK = 1
