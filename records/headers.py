"""Security headers Django's own middleware does not set: Content-Security-Policy and
Permissions-Policy, the same on every response (pages, downloads, API, admin, errors)."""

from django.conf import settings


class SecurityHeadersMiddleware:
    """Adds the policies from settings unless a view set its own."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.headers = {
            "Content-Security-Policy": settings.CONTENT_SECURITY_POLICY,
            "Permissions-Policy": settings.PERMISSIONS_POLICY,
        }

    def __call__(self, request):
        response = self.get_response(request)
        for name, value in self.headers.items():
            response.headers.setdefault(name, value)
        return response
