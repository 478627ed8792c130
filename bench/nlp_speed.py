"""Speed of a shipped spaCy pipeline (Indonesian or English): words/s on one core, load time, memory.

Texts: the 1,000 sentences of the language's UD PUD (../shared) grouped into 20-sentence
articles, or, without ../shared, an example article repeated. Words are non-space tokens.
Each figure is the best of --repeat runs. Runs on one thread (OMP/BLAS pinned to 1).

Usage: python bench/nlp_speed.py [--language id|en] [--shared ../shared] [--repeat 3] [--write]
       (--write replaces the language's part of the section "## Linguistic pipeline" of BENCHMARKS.md)
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import psutil  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "BENCHMARKS.md"
SECTION = "## Linguistic pipeline"
LOAD = (
    "import sys, time; t = time.perf_counter(); from warta.lang import get_language; "
    "from warta.language import load_nlp; s = time.perf_counter(); load_nlp(get_language(sys.argv[1])); "
    "e = time.perf_counter(); print(e - t, e - s)"
)
#: Per language: its name in BENCHMARKS.md, its PUD file, the example read without ../shared.
LANGUAGES = {
    "id": ("Indonesian", "data/ud/UD_Indonesian-PUD/id_pud-ud-test-revised-2.0.conllu", "examples/moskow-2022-02-15.id.txt"),
    "en": ("English", "data/ud/UD_English-PUD/en_pud-ud-test.conllu", "README.md"),
}


def model_dir(language: str) -> Path:
    return ROOT / "src" / "warta" / "lang" / language / "model"


def texts(shared: Path, language: str = "id") -> list[str]:
    _, pud_file, example = LANGUAGES[language]
    pud = shared / pud_file
    if pud.exists():
        sentences = [l[9:] for l in pud.read_text(encoding="utf-8").splitlines() if l.startswith("# text = ")]
        return [" ".join(sentences[i : i + 20]) for i in range(0, len(sentences), 20)]
    return [(ROOT / example).read_text(encoding="utf-8")] * 40


def load_times(repeat: int, language: str = "id") -> tuple[float, float]:
    """(import + load, load alone) in a fresh interpreter, best of `repeat`."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", LOAD, language], capture_output=True, text=True, check=True)
        runs.append(tuple(float(x) for x in out.stdout.split()))
    return min(r[0] for r in runs), min(r[1] for r in runs)


def measure(shared: Path, repeat: int, language: str = "id") -> dict:
    from warta.lang import get_language
    from warta.language import load_nlp

    process = psutil.Process()
    rss_before = process.memory_info().rss
    nlp = load_nlp(get_language(language))
    rss_loaded = process.memory_info().rss
    docs = texts(shared, language)
    words = sum(1 for d in nlp.pipe(docs) for t in d if not t.is_space)
    single = batched = single_cpu = float("inf")
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        for text in docs:
            nlp(text)
        single = min(single, time.perf_counter() - start)
        single_cpu = min(single_cpu, time.process_time() - cpu)
        start = time.perf_counter()
        list(nlp.pipe(docs, batch_size=64))
        batched = min(batched, time.perf_counter() - start)
    per_component = {}
    parsed = [nlp.make_doc(t) for t in docs]
    start = time.perf_counter()
    [nlp.make_doc(t) for t in docs]
    per_component["tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        parsed = list(component.pipe(parsed, batch_size=64)) if hasattr(component, "pipe") else [component(d) for d in parsed]
        per_component[name] = time.perf_counter() - start
    with_import, load_only = load_times(repeat, language)
    size = sum(p.stat().st_size for p in model_dir(language).rglob("*") if p.is_file())
    return {
        "language": language, "cpu": _cpu(),
        "words": words, "texts": len(docs),
        "single_wps": words / single, "batched_wps": words / batched, "single_cpu_wps": words / single_cpu,
        "load": os.getloadavg()[0],
        "load_s": load_only, "import_and_load_s": with_import,
        "rss_model_mb": (rss_loaded - rss_before) / 2**20, "rss_peak_mb": process.memory_info().rss / 2**20,
        "size_mb": size / 2**20, "pipeline": nlp.pipe_names,
        "component_share": {k: v / sum(per_component.values()) for k, v in per_component.items()},
    }


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{line.split(':', 1)[1].strip()}, {os.cpu_count()} cores"
    except OSError:
        pass
    return f"{os.cpu_count()} cores"


def section(r: dict) -> str:
    """The language's part of the section: a `### Language` heading and its table."""
    shares = ", ".join(f"{k} {100 * v:.0f}%" for k, v in r["component_share"].items())
    name = LANGUAGES[r["language"]][0]
    flag = "" if r["language"] == "id" else f" --language {r['language']}"
    return f"""### {name}

`python bench/nlp_speed.py{flag} --write` — the shipped {name} pipeline
({", ".join(r["pipeline"])}) on {r["words"]:,} words ({r["texts"]} texts of 20 UD PUD sentences),
one thread, best of several runs; {r["cpu"]}, load average {r["load"]:.1f} when measured
(on a busy machine the CPU-time figure is the fairer one).

| measure | value |
|---|---|
| words/s, one text at a time (`nlp(text)`), one core | {r["single_wps"]:,.0f} |
| words/s, batched (`nlp.pipe`, batch 64), one core | {r["batched_wps"]:,.0f} |
| words/s, one text at a time, per second of CPU time | {r["single_cpu_wps"]:,.0f} |
| load time (`load_nlp`, spaCy already imported) | {r["load_s"]:.2f} s |
| import + load in a fresh interpreter | {r["import_and_load_s"]:.2f} s |
| RSS added by the loaded pipeline | {r["rss_model_mb"]:.0f} MB |
| RSS of the process after the runs | {r["rss_peak_mb"]:.0f} MB |
| model size on disk | {r["size_mb"]:.1f} MB |

Time by component (batched): {shares}.

"""


def write_section(text: str) -> None:
    """Replace the language's `###` part of the section (made if missing), nothing else."""
    current = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n\n"
    pattern = re.compile(re.escape(SECTION) + r"\n.*?(?=^## |\Z)", re.S | re.M)
    found = pattern.search(current)
    body = found.group(0)[len(SECTION) :] if found else "\n\n"
    heading = text.splitlines()[0]
    part = re.compile(re.escape(heading) + r"\n.*?(?=^###? |\Z)", re.S | re.M)
    body = part.sub(lambda _: text, body) if part.search(body) else body.rstrip("\n") + "\n\n" + text
    new = SECTION + body
    updated = current[: found.start()] + new + current[found.end() :] if found else current.rstrip("\n") + "\n\n" + new
    BENCHMARKS.write_text(updated, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="id")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true", help=f"Replace the section '{SECTION}' of BENCHMARKS.md.")
    args = parser.parse_args()
    result = measure(args.shared, args.repeat, args.language)
    text = section(result)
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
