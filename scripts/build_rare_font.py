"""Build app/resources/fonts/fielddesk-rare-han.ttf: the fallback for the Han characters the
main font (WenQuanYi Micro Hei, U+4E00-U+9FC3) lacks, from the Hanazono Mincho fonts.

    apt-get download fonts-hanazono && dpkg-deb -x fonts-hanazono_*.deb hanazono
    python scripts/build_rare_font.py hanazono/usr/share/fonts/truetype/hanazono

Kept: the characters of CJK Extension A (U+3400-U+4DBF) and of Extensions B-F and the
compatibility supplement (U+20000-U+323AF) that have a Mandarin reading in pypinyin's
dictionary (a name is registered with its reading), and `EXTRA` (characters of real names
that dictionary lacks). The whole of Extension B alone would be 22 MB. Hinting and layout
tables are dropped (printing and Qt's rendering do without); the family is renamed, so the
subset is never mistaken for the original (the Hanazono Font License allows modified copies;
the OFL alternative reserves the original names). See app/resources/fonts/README.md.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from pypinyin.pinyin_dict import pinyin_dict

OUT = Path(__file__).resolve().parent.parent / "app/resources/fonts/fielddesk-rare-han.ttf"
FAMILY = "FieldDesk Rare Han"
EXTRA = "𠮷"  # U+20BB7, the "吉" of many given names, has no entry in pypinyin
BLOCKS = {"HanaMinA.ttf": (0x3400, 0x4DBF), "HanaMinB.ttf": (0x20000, 0x323AF)}


def wanted(low: int, high: int) -> list[int]:
    return sorted({c for c in pinyin_dict if low <= c <= high}
                  | {ord(c) for c in EXTRA if low <= ord(c) <= high})


def subset_of(source: Path, codes: list[int], out: Path) -> None:
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    font = subset.load_font(str(source), options)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=codes)
    sub.subset(font)
    subset.save_font(font, str(out), options)


def rename(font: TTFont) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16):
            record.string = FAMILY
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "")
        elif record.nameID == 3:
            record.string = f"{FAMILY}; subset of Hanazono 20170904"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the folder of HanaMinA.ttf and HanaMinB.ttf")
    folder = parser.parse_args().folder
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for name, (low, high) in BLOCKS.items():
            parts.append(str(Path(tmp) / name))
            subset_of(folder / name, wanted(low, high), Path(parts[-1]))
        merged = Merger().merge(parts)
    rename(merged)
    merged.save(str(OUT))
    print(f"{OUT}: {len(merged.getBestCmap())} characters, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
