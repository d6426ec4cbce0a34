"""Small, valid one-page PDF files, written at load time so the demo keeps no binaries in git.

A policy's documents, a guide's templates and a consultation response's attachment
must open in a PDF reader like the real thing; a page of Helvetica text does that.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points.
LINE_WIDTH = 88  # Characters of 11 pt Helvetica that fit between the margins.


def _literal(text):
    """A PDF string in WinAnsi (Danish letters and the en dash included), escaped as ASCII."""
    out = []
    for byte in text.encode("cp1252"):
        char = chr(byte)
        if char in "\\()":
            out.append("\\" + char)
        elif 32 <= byte < 127:
            out.append(char)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def simple_pdf(title, paragraphs, language="da"):
    """A one-page A4 PDF with a title and the paragraphs below it, wrapped to the page."""
    lines = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, LINE_WIDTH) or [""])
        lines.append("")
    operators = ["BT", "/F1 18 Tf", f"56 {PAGE_HEIGHT - 72} Td", f"{_literal(title)} Tj", "/F1 11 Tf", "0 -30 Td"]
    for line in lines:
        operators += [f"{_literal(line)} Tj", "0 -15 Td"]
    operators.append("ET")
    stream = "\n".join(operators).encode("ascii")
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R /Lang {_literal(language)} "
        "/ViewerPreferences << /DisplayDocTitle true >> >>".encode("ascii"),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".encode("ascii"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        f"<< /Title {_literal(title)} /Author (Fjordlund Kommune) /Producer (Frivilligportal demo) >>".encode("ascii"),
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)
