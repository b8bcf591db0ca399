"""For given-name-genders.mjs: which names are also common English words, and how common.

Reads JSON names on stdin; writes JSON {name: zipf} for each name whose lower-case form is a
lower-case entry of Webster's Second International (1934, public domain; the web2 list of the PyPI
package english-words, MIT), with its wordfreq Zipf frequency (log10 of uses per billion words,
case-folded; PyPI wordfreq, Apache-2.0, data CC BY-SA 4.0). The dictionary keeps names that are only
names ("Barack") out: wordfreq folds case, so a famous name counts as a frequent word there.
Usage: python3 common-word-frequencies.py WEB2_PICKLE < names.json   (wordfreq on PYTHONPATH)
"""

import json
import pickle
import sys

from wordfreq import zipf_frequency

with open(sys.argv[1], "rb") as f:
    web2 = pickle.load(f)
out = {}
for name in json.load(sys.stdin):
    word = name.lower()
    if word in web2:
        zipf = zipf_frequency(word, "en")
        if zipf > 0:
            out[name] = zipf
json.dump(out, sys.stdout)
