"""Tests of the command line's global options (--store, --lang) and settings."""
