"""The admin's import page: upload archive files, or zips of them, to be imported by the same
importer as `import_seeds` in a background job, and the job's page: its progress, then its
report.

Uploads are read in memory, never written to a file: a custom upload handler keeps each file
in memory up to MAX_FILE_BYTES and stops reading past MAX_REQUEST_BYTES; the files are then
kept in the database for the job (kept_uploads). What the files may hold, and how a zip is
read, is `records.importing.uploads`; the job is `records.importing.jobs`; this module is the
request side.
"""

from __future__ import annotations

import io

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, TooManyFilesSent
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile, StopUpload
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from ..enums import Outcome
from ..importing import jobs, reasons, uploads
from ..importing.uploads import MiB
from ..models import ImportJob
from . import kept_uploads

# What an editor needs to run an import: it creates and updates plans and blogs.
IMPORT_PERMISSIONS = (
    "records.add_learningplan",
    "records.change_learningplan",
    "records.add_blog",
    "records.change_blog",
)


def can_import(user) -> bool:
    return user.is_active and user.is_staff and user.has_perms(IMPORT_PERMISSIONS)


class CappedMemoryUploadHandler(FileUploadHandler):
    """Keeps each uploaded file in memory; skips one over MAX_FILE_BYTES (noting its name)
    and stops reading the request past MAX_REQUEST_BYTES."""

    def __init__(self, request=None):
        super().__init__(request)
        self.oversized: list[str] = []
        self.stopped = False
        self.received = 0

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.buffer = io.BytesIO()

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > uploads.MAX_FILE_BYTES:
            self.oversized.append(self.file_name)
            raise SkipFile
        self.received += len(raw_data)
        if self.received > uploads.MAX_REQUEST_BYTES:
            self.stopped = True
            raise StopUpload(connection_reset=False)
        self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size):
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            self.buffer,
            self.field_name,
            self.file_name,
            self.content_type,
            file_size,
            self.charset,
            self.content_type_extra,
        )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A list of files (Django's documented recipe); empty when none was chosen."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data]
        return [f for f in (super(MultipleFileField, self).clean(d, initial) for d in files) if f]


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("Archive files"),
        required=False,
        allow_empty_file=True,  # an empty file is reported as skipped, not the whole upload
        help_text=format_lazy(
            _(
                "Learning plans, closing reports, blogs or publications as text files, or zips "
                "of them. At most {file} MiB a file, {upload} MiB in all; a zip may hold "
                "{members} files and unpack to {unpacked} MiB."
            ),
            file=uploads.MAX_FILE_BYTES // MiB,
            upload=uploads.MAX_REQUEST_BYTES // MiB,
            members=uploads.MAX_ZIP_MEMBERS,
            unpacked=uploads.MAX_TOTAL_BYTES // MiB,
        ),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run"),
        required=False,
        initial=True,
        help_text=_(
            "Read the files and report what would happen, without changing anything; then one "
            "click imports the same files."
        ),
    )

    def __init__(self, *args, handler: CappedMemoryUploadHandler | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.handler = handler

    def clean(self):
        cleaned = super().clean()
        if self.handler and self.handler.stopped:
            raise forms.ValidationError(
                gettext("The upload is over %(size)d MiB in all: upload fewer files at a time.")
                % {"size": uploads.MAX_REQUEST_BYTES // MiB}
            )
        if not cleaned.get("files") and not (self.handler and self.handler.oversized):
            self.add_error("files", gettext("Choose at least one file."))
        return cleaned


def import_page(model_admin, request):
    """GET: the form. POST: run the import and show its report under the form."""
    if request.method == "POST":
        length = request.META.get("CONTENT_LENGTH") or "0"
        if length.isdigit() and int(length) > uploads.MAX_REQUEST_BYTES + MiB:
            # Refused before the body is read at all.
            error = gettext("The upload is over %(size)d MiB in all.") % {
                "size": uploads.MAX_REQUEST_BYTES // MiB
            }
            return render_import_page(model_admin, request, ImportForm(), error, status=413)
        request.upload_handlers = [CappedMemoryUploadHandler(request)]
        try:
            # Parsed here: parsed first by the CSRF check, too many files is a bare 400.
            request.FILES  # noqa: B018
        except TooManyFilesSent:
            error = gettext("Too many files at once (more than %(files)d): put them in a zip.") % {
                "files": settings.DATA_UPLOAD_MAX_NUMBER_FILES
            }
            return render_import_page(model_admin, request, ImportForm(), error, status=400)
    return run_import_page(request, model_admin)


@csrf_protect
def run_import_page(request, model_admin):
    if request.method != "POST":
        return render_import_page(model_admin, request, ImportForm())
    if "apply" in request.POST:
        return apply_kept_files(request, model_admin)
    handler = request.upload_handlers[0]
    form = ImportForm(request.POST, request.FILES, handler=handler)
    if not form.is_valid():
        return render_import_page(model_admin, request, form)
    received = [(upload.name, upload.read()) for upload in form.cleaned_data["files"]]
    upload = kept_uploads.keep(request, received)
    job = jobs.start_job(upload, request.user, form.cleaned_data["dry_run"], handler.oversized)
    return redirect("admin:records_import_job", job.pk)


def apply_kept_files(request, model_admin):
    """Import, for real, the files of the dry run whose token the form sends back."""
    upload = kept_uploads.claim(request, request.POST.get("apply"))
    try:
        with transaction.atomic():
            job = upload and jobs.start_job(upload, request.user, dry_run=False)
    except IntegrityError:  # another request started their import first
        job = None
    if job is None:
        error = gettext(
            "The files of that dry run are no longer kept (they are kept for %(minutes)d "
            "minutes and import once): choose them again."
        ) % {"minutes": uploads.KEEP_SECONDS // 60}
        return render_import_page(model_admin, request, ImportForm(), error)
    return redirect("admin:records_import_job", job.pk)


def job_page(model_admin, request, job_id):
    """An import job's progress (the page reloads itself until the job is done), then its
    report; a dry run's report offers to import the same files."""
    jobs_started = ImportJob.objects.filter(started_by=request.user).select_related("upload")
    job = get_object_or_404(jobs_started, pk=job_id)
    context = {"job": job, "dry_run": job.dry_run, "error": jobs.error_of(job)}
    if job.finished:
        report = jobs.report_from_json(job.report)
        for result in report.results:  # report.problems lists some of these same results
            result.reason = reasons.translated(result.reason)
        counts = report.counts
        context.update(
            report=report,
            counts=[(outcome, counts[outcome]) for outcome in Outcome],
            problems=report.problems,
            changes=[r for r in report.results if r.outcome.wrote],
            apply_token=kept_uploads.apply_token(request, job),
        )
    return TemplateResponse(
        request,
        "admin/records/import_job.html",
        {
            **model_admin.admin_site.each_context(request),
            "title": gettext("Import %(number)s") % {"number": job.pk},
            "subtitle": None,
            "opts": model_admin.model._meta,
            **context,
        },
    )


def render_import_page(model_admin, request, form, error="", status=200, **context):
    return TemplateResponse(
        request,
        "admin/records/import.html",
        {
            **model_admin.admin_site.each_context(request),
            "title": gettext("Import archive files"),
            "subtitle": None,
            "opts": model_admin.model._meta,
            "form": form,
            "error": error,
            "media": model_admin.media + form.media,
            **context,
        },
        status=status,
    )


def import_view(model_admin):
    """The view behind the admin URL; the upload handlers must be set before CSRF
    protection reads the request body, hence the csrf_exempt wrapper around csrf_protect."""

    @csrf_exempt
    def view(request):
        if not can_import(request.user):
            raise PermissionDenied
        return import_page(model_admin, request)

    return view


def import_job_view(model_admin):
    def view(request, job_id):
        if not can_import(request.user):
            raise PermissionDenied
        return job_page(model_admin, request, job_id)

    return view
