"""Admin hooks of the directory: vocabularies, access for associations, and limits for representatives."""
