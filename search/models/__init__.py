"""The search's own data: one document per searchable thing, its vocabulary and the synonyms staff keep."""

from .analytics import ZeroResultQuery
from .documents import SearchDocument, Term
from .freshness import VocabularyVersion
from .synonyms import SynonymGroup

__all__ = ["SearchDocument", "SynonymGroup", "Term", "VocabularyVersion", "ZeroResultQuery"]
