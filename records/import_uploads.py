"""Archive files uploaded on the admin's import page and kept for their import
(records.admin.kept_uploads); re-exported by records.models."""

from django.db import models


class ImportUpload(models.Model):
    """Archive files uploaded on the admin's import page, kept after their dry run so that one
    click imports the very same files (records.admin.kept_uploads). Kept in the database,
    which every app server shares: the import may reach another server than the dry run."""

    token = models.CharField(max_length=22, help_text="The random token the import page sends.")
    session_key = models.CharField(
        max_length=40, help_text="The staff member's session: only it may import the files."
    )
    expires_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["token"], name="import_upload_token")]
        indexes = [
            # Each new upload deletes the expired ones.
            models.Index(fields=["expires_at"], name="import_upload_expiry"),
        ]

    def __str__(self):
        return self.token


class ImportUploadFile(models.Model):
    """One file of an ImportUpload, as uploaded (a text file or a zip of them)."""

    upload = models.ForeignKey(ImportUpload, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField()
    name = models.TextField()
    data = models.BinaryField()

    class Meta:
        ordering = ["upload", "position"]
        constraints = [
            models.UniqueConstraint(fields=["upload", "position"], name="import_upload_file_once")
        ]

    def __str__(self):
        return self.name
