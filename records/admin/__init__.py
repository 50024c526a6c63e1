"""The staff admin: every model of the knowledge base, the import page and the merge actions.

Importing the modules registers their ModelAdmins with the default admin site.
"""

from . import blogs, partners, plans, reference, site

__all__ = ["blogs", "partners", "plans", "reference", "site"]
