"""planwatch: Chinese government work reports and plan reports as verified, queryable data."""
from .api import Corpus, open, process, read, read_all, read_text  # noqa: F401
from .ingest import IngestError  # noqa: F401
from .model import Document, Fact, Metadata, Pledge, Project, Section  # noqa: F401

__version__ = "0.1.0"
