"""``update_index``: rebuild the search documents from the live site, then Wagtail's indexes.

Run it after a deployment, after changing synonyms (Elasticsearch applies them when it
builds the index) and after Elasticsearch was unreachable: it catches up with
everything published meanwhile.

If Elasticsearch cannot be reached, the command says so, still rebuilds the documents
and the database backend's index (which answers searches meanwhile), and exits with
status 1 so a deployment script or cron job notices.
"""

import contextlib

from django.core.management.base import CommandError
from django.db.models.signals import post_save
from modelsearch.backends import get_search_backend
from modelsearch.conf import get_app_config
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import (
    DEFAULT_CHUNK_SIZE,
    group_models_by_index,
)
from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as WagtailUpdateIndex,
)
from modelsearch.signal_handlers import post_save_signal_handler

from search import documents
from search.availability import mark_down, mark_up

# Seconds an Elasticsearch request may take while rebuilding: a bulk request of a thousand
# documents needs longer than the few seconds a citizen's search may wait.
REBUILD_TIMEOUT = 60


def describe(error):
    """One line for an error from Elasticsearch's client: its class and message, without a traceback."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message[:300]}" if message else type(error).__name__


@contextlib.contextmanager
def auto_update_suspended(names):
    """Don't index each document as it is saved in backends that are rebuilt in full right after.

    When every backend is rebuilt, Wagtail's save signal is not even sent on: it would still
    queue a task per saved document that reads the document again only to find no backend to
    update (two queries and two log lines for each of 12,000 documents at 5,000 associations)."""
    config = get_app_config().get_search_backend_config()
    before = {name: config[name].get("AUTO_UPDATE", True) for name in names if name in config}
    paused = []
    try:
        for name in before:
            config[name]["AUTO_UPDATE"] = False
        if set(before) == set(config):
            paused = [model for model in get_indexed_models() if post_save.disconnect(post_save_signal_handler, model)]
        yield
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, model)
        for name, value in before.items():
            config[name]["AUTO_UPDATE"] = value


class Command(WagtailUpdateIndex):
    help = "Rebuild the portal's search documents and vocabulary, then every search backend's index."

    def handle(self, **options):
        self.verbosity = options["verbosity"]
        config = get_app_config().get_search_backend_config()
        names = [options["backend_name"]] if options.get("backend_name") else list(config)
        failed = {}
        for name in names:
            problem = self.unreachable(name)
            if problem:
                failed[name] = problem
                self.stderr.write(f"Search backend '{name}' is unreachable ({problem}); it will not be updated.")
        if failed:
            mark_down()  # Searches answer from the database meanwhile, without waiting for Elasticsearch.

        rebuilt = [] if options.get("schema_only") else names
        with auto_update_suspended(rebuilt):
            # Every backend is rebuilt right after: the documents need not be saved one by one for them.
            documents.rebuild(report=self.write, bulk=set(rebuilt) == set(config))

        for name in names:
            if name in failed:
                continue
            try:
                self.update_backend(
                    name, schema_only=options.get("schema_only", False), chunk_size=options.get("chunk_size")
                )
            except Exception as error:
                failed[name] = describe(error)
                self.stderr.write(f"Search backend '{name}' could not be updated ({failed[name]}).")
        if failed:
            mark_down()
            raise CommandError(
                "Not updated: "
                + ", ".join(sorted(failed))
                + ". The search documents and the other backends are up to date and searches use them meanwhile;"
                " run update_index again when the search server is reachable."
            )
        if any(name != "database" for name in names):
            mark_up()  # Elasticsearch has everything again: searches may use it at once.

    def unreachable(self, name):
        """Why the backend's server can't be reached, or "" (database backends always can)."""
        backend = get_search_backend(name)
        client = getattr(backend, "es", None)
        if client is None:
            return ""
        try:
            client.info()
        except Exception as error:
            return describe(error)
        return ""

    def update_backend(self, backend_name, schema_only=False, chunk_size=DEFAULT_CHUNK_SIZE):
        """Wagtail's, with a longer timeout for Elasticsearch's bulk requests than searches get."""
        self.write("Updating backend: " + backend_name)
        backend = get_search_backend(backend_name)
        if hasattr(backend, "es"):
            backend = get_search_backend(backend_name, TIMEOUT=REBUILD_TIMEOUT)
        if not backend.rebuilder_class:
            self.write(f"Backend '{backend_name}' doesn't require rebuilding")
            return
        for index, models in group_models_by_index(backend, get_indexed_models()).items():
            self.write(f"{backend_name}: Rebuilding index {index}")
            rebuilder = backend.rebuilder_class(index)
            index = rebuilder.start()
            for model in models:
                index.add_model(model)
            count = 0
            if not schema_only:
                for model in models:
                    self.write(f"{backend_name}: {model._meta.app_label}.{model.__name__} ".ljust(35), ending="")
                    for chunk in self.print_iter_progress(
                        self.queryset_chunks(model.get_indexed_objects().order_by("pk"), chunk_size)
                    ):
                        index.add_items(model, chunk)
                        count += len(chunk)
                    self.print_newline()
            rebuilder.finish()
            self.write(f"{backend_name}: indexed {count} objects")
            self.print_newline()
