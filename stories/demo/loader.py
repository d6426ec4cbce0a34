def load(command, home, pages, images):
    pass
