"""The lists' URLs, and what the export tests read from a response."""

import csv
import io

KINDS = ["plans", "insights", "partners", "blogs"]
API = {
    "plans": "/api/plans/",
    "insights": "/api/insights/",
    "partners": "/api/partners/",
    "blogs": "/api/blogs/",
}


def csv_rows(text):
    return list(csv.reader(io.StringIO(text)))


def streamed(response):
    return b"".join(response.streaming_content).decode()
