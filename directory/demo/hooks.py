"""Registers the directory's demo content with manage.py load_demo."""
