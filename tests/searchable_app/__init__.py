"""A page type the portal does not have, made searchable by its own app alone (tests/search/test_page_protocol.py).

Installed by the test settings only.
"""
