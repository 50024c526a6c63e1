"""Public pages. (Being built: see the public site issue.)"""

from django.http import HttpResponse


def home(request, **kwargs):
    return HttpResponse("Lab Knowledge")
