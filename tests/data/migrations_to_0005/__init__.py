"""The migrations as they stood before 0004 and 0005 were squashed into
0004_import_jobs_and_answer_labels: a database migrated with them must migrate on."""
