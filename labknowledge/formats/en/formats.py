"""English date formats as the site writes them ("7 December 2026"), rather than Django's
American default; French and Spanish keep Django's own."""

DATE_FORMAT = "j F Y"
