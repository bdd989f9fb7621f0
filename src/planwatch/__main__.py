"""python -m planwatch: the command line."""
from .cli import app

app()
