"""Time and peak memory of ``kg build`` on an article that is one very long paragraph.

The script

1. writes, for each language (``en``, ``id``) and each size in ``--sizes``
   (characters), one ``.txt`` article that is a headline, a blank line and a
   single paragraph of that many characters: sentences recombined from small
   lists of our own (people, companies, places, verbs, amounts, dates),
   seeded, so that the text varies like news and has names to find;
2. for each limit in ``--limits`` (``kg.pipeline.analyse.MAX_SEGMENT_CHARS``, or
   ``MAX_SEGMENT_CHARS/BATCH_CHARS`` or ``MAX_SEGMENT_CHARS/BATCH_CHARS/MAX_ARTICLE_CHARS``;
   ``default`` keeps kg's own), runs ``kg build FILE --out ... --no-cache -q
   --no-html`` in a child process with that limit set, and reads its peak RSS from
   ``os.wait4`` (the child's ``ru_maxrss``) and its wall time; a build
   still running after ``--timeout`` seconds is killed (status ``exit -9``);
3. prints one row per run: language, characters, bytes, limit, status of the
   article (from ``report.json``), entities, seconds and peak RSS in MB; and
   the seconds of :func:`kg.ingest.langid.route_paragraphs` on each text, measured
   in this process.

It asserts nothing and exits 0.

Example: ``python -m pipelines.long_paragraph --sizes 1000000 --limits 5000
10000 100000`` compares piece sizes; ``--sizes 1000500 9900000`` gives the
default's time for a paragraph just over spaCy's ``max_length`` and the
refusal of one just under the default ``--max-bytes``.

Measured on 2026-12-02 (2 vCPUs): 1,000,500 characters build in 153 s
(English) and 81 s (Indonesian), peak 0.70 and 0.64 GB; 2,000,000 (with
``--limits 10000/100000/3000000``) in 564 s and 314 s, 0.80 and 0.73 GB;
9,900,000 are refused in 7 s, 0.3 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_EN = {
    "people": ["Budi Santoso", "Maria Lestari", "John Carter", "Ayu Pratiwi", "David Lim",
               "Siti Rahmawati", "Kevin Wijaya", "Laura Chen", "Rudi Hartono", "Emma Walsh"],
    "orgs": ["Nusantara Logistics", "Bank Mandiri", "Tokopedia", "Garuda Indonesia",
             "the Ministry of Trade", "Pertamina", "Astra International", "Bukalapak",
             "the Financial Services Authority", "Telkom Indonesia"],
    "places": ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Singapore",
               "Denpasar", "Semarang", "Balikpapan", "Yogyakarta"],
    "days": ["on Monday", "on Tuesday", "last week", "in March", "on Friday evening",
             "earlier this year", "in October", "on Thursday"],
    "amounts": ["120 million dollars", "3.5 trillion rupiah", "40 percent", "a small stake",
                "900 billion rupiah", "two new warehouses", "1,200 jobs"],
    "templates": [
        "{p} said {d} that {o} would invest {a} in {pl}.",
        "{o} announced {d} that it had hired {p} to lead its office in {pl}.",
        "According to {p}, the deal between {o} and {o2} is worth {a}.",
        "\"We expect demand in {pl} to grow,\" {p} told reporters {d}.",
        "{o2} denied the report {d}, but {p} insisted that talks with {o} continued in {pl}.",
        "Analysts in {pl} said {o} could lose {a} if the rules change again.",
        "{p}, who once worked at {o2}, met officials of {o} in {pl} {d}.",
        "Why did {o} delay the launch in {pl}?",
        "The regulator fined {o} {a} {d} after complaints from sellers in {pl}!",
        "{o} and {o2} signed a memorandum in {pl} {d} (the second this year).",
        "He added that the plan for {pl} was on track, and that she would visit {o} {d}.",
        "The company said {d} that it would not comment on the talks in {pl}.",
    ],
}

_ID = {
    "people": ["Budi Santoso", "Sri Wahyuni", "Ahmad Fauzi", "Dewi Anggraini", "Joko Susilo",
               "Rina Kartika", "Hendra Gunawan", "Putri Maharani", "Agus Salim", "Nur Aini"],
    "orgs": ["Kementerian Perdagangan", "Bank Rakyat Indonesia", "Tokopedia", "Pertamina",
             "Otoritas Jasa Keuangan", "PT Nusantara Logistik", "Garuda Indonesia",
             "Bank Indonesia", "Telkom Indonesia", "Bukalapak"],
    "places": ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Denpasar", "Semarang",
               "Palembang", "Pontianak", "Yogyakarta"],
    "days": ["pada hari Senin", "pekan lalu", "pada bulan Maret", "pada Jumat malam",
             "awal tahun ini", "pada bulan Oktober", "pada hari Kamis", "kemarin"],
    "amounts": ["120 juta dolar", "3,5 triliun rupiah", "40 persen", "sebagian kecil saham",
                "900 miliar rupiah", "dua gudang baru", "1.200 lapangan kerja"],
    "templates": [
        "{p} mengatakan {d} bahwa {o} akan berinvestasi {a} di {pl}.",
        "{o} mengumumkan {d} bahwa perusahaan itu menunjuk {p} untuk memimpin kantornya di {pl}.",
        "Menurut {p}, kesepakatan antara {o} dan {o2} bernilai {a}.",
        "\"Kami memperkirakan permintaan di {pl} terus tumbuh,\" kata {p} kepada wartawan {d}.",
        "{o2} membantah laporan itu {d}, tetapi {p} menegaskan pembicaraan dengan {o} "
        "berlanjut di {pl}.",
        "Para analis di {pl} menilai {o} bisa kehilangan {a} jika aturan berubah lagi.",
        "{p}, yang pernah bekerja di {o2}, bertemu pejabat {o} di {pl} {d}.",
        "Mengapa {o} menunda peluncuran di {pl}?",
        "Regulator mendenda {o} sebesar {a} {d} setelah keluhan para pedagang di {pl}!",
        "{o} dan {o2} menandatangani nota kesepahaman di {pl} {d} (yang kedua tahun ini).",
        "Ia menambahkan bahwa rencana di {pl} berjalan baik dan ia akan mengunjungi {o} {d}.",
        "Perusahaan tersebut menyatakan {d} bahwa pihaknya belum bisa menanggapi pembicaraan "
        "di {pl}.",
    ],
}

WORDS = {"en": _EN, "id": _ID}
TITLES = {"en": "A very long report", "id": "Laporan yang sangat panjang"}


def sentence(lang: str, rng: random.Random) -> str:
    """One sentence of ``lang``, recombined from the lists above."""
    w = WORDS[lang]
    o, o2 = rng.sample(w["orgs"], 2)
    text = rng.choice(w["templates"]).format(
        p=rng.choice(w["people"]), o=o, o2=o2, pl=rng.choice(w["places"]),
        d=rng.choice(w["days"]), a=rng.choice(w["amounts"]))
    return text[0].upper() + text[1:]


def make_paragraph(lang: str, n_chars: int, seed: int = 0) -> str:
    """A single paragraph (no line break) of ``lang``, exactly ``n_chars`` long.

    Examples
    --------
    >>> para = make_paragraph("id", 500, seed=1)
    >>> len(para), "\\n" in para, para == make_paragraph("id", 500, seed=1)
    (500, False, True)
    """
    rng, parts, size = random.Random(seed), [], 0
    while size < n_chars:
        parts.append(sentence(lang, rng))
        size += len(parts[-1]) + 1
    return " ".join(parts)[:n_chars]


def run_child(argv, env, timeout: float) -> tuple[int, float, int]:
    """``(exit code, seconds, peak RSS in bytes)`` of a child process, killed
    after ``timeout`` seconds."""
    start, log = time.perf_counter(), tempfile.TemporaryFile()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=log)
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - start > timeout:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    log.seek(0)
    err = log.read().decode("utf-8", "replace").strip()
    log.close()
    if err:
        print("   stderr:", err.splitlines()[-1][:200])
    return proc.returncode, seconds, usage.ru_maxrss * 1024


_CHILD = ("import sys, kg.pipeline.analyse\n"
          "limits = sys.argv[1].split('/') if sys.argv[1] != 'default' else []\n"
          "names = ['MAX_SEGMENT_CHARS', 'BATCH_CHARS', 'MAX_ARTICLE_CHARS']\n"
          "for name, value in zip(names, limits):\n"
          "    setattr(kg.pipeline.analyse, name, int(value))\n"
          "from kg.cli import main\n"
          "sys.exit(main(sys.argv[2:]))\n")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 9_900_000])
    p.add_argument("--limits", nargs="+", default=["default"])
    p.add_argument("--langs", nargs="+", default=["en", "id"])
    p.add_argument("--timeout", type=float, default=600, help="seconds per build at most")
    p.add_argument("--dir", default=None, help="where to write the articles and outputs")
    args = p.parse_args(argv)
    work = Path(args.dir or tempfile.mkdtemp(prefix="kg-long-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(ROOT)] + [x for x in os.environ.get("PYTHONPATH", "").split(os.pathsep) if x]))
    from kg.ingest.langid import route_paragraphs

    print(f"{'lang':4} {'chars':>9} {'bytes':>9} {'limit':>13} {'status':>7} "
          f"{'entities':>8} {'seconds':>8} {'peak MB':>8}")
    for lang in args.langs:
        for size in args.sizes:
            para = make_paragraph(lang, size)
            path = work / f"{lang}_{size}.txt"
            path.write_text(f"{TITLES[lang]}\n\n{para}\n", encoding="utf-8")
            start = time.perf_counter()
            route_paragraphs(para, lang)
            routed = time.perf_counter() - start
            for limit in args.limits:
                out = work / f"out_{lang}_{size}_{limit.replace('/', '-')}"
                code, seconds, rss = run_child(
                    [sys.executable, "-c", _CHILD, str(limit), "build", str(path),
                     "--out", str(out), "--no-cache", "-q", "--no-html"], env, args.timeout)
                status, entities = f"exit {code}", "-"
                report = out / "report.json"
                if report.exists():
                    rep = json.loads(report.read_text(encoding="utf-8"))
                    status = next((k for k, v in rep["articles"]["by_status"].items() if v), status)
                    entities = rep["entities"]["total"]
                print(f"{lang:4} {size:9d} {path.stat().st_size:9d} {limit:>13} {status:>7} "
                      f"{entities!s:>8} {seconds:8.1f} {rss / 1e6:8.0f}", flush=True)
            print(f"     route_paragraphs on the paragraph: {routed:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
