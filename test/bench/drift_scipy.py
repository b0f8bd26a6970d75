"""The drift benchmark's reference: pandas reads both CSVs (only the compared columns), then SciPy
computes ks_2samp and wasserstein_distance on each numeric column and chi2_contingency on each
categorical one (reference and current counts over the union of categories). Missing cells are
dropped, as the drift tests drop them. Prints one JSON line: seconds per phase and every statistic.

Usage: /usr/bin/python3 drift_scipy.py REFERENCE CURRENT --numeric a,b --categorical c,d
"""
import argparse
import json
import time

import numpy as np
import pandas as pd
import scipy
from scipy import stats


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("reference")
    parser.add_argument("current")
    parser.add_argument("--numeric", default="")
    parser.add_argument("--categorical", default="")
    args = parser.parse_args()
    numeric = [name for name in args.numeric.split(",") if name]
    categorical = [name for name in args.categorical.split(",") if name]
    columns = numeric + categorical

    started = time.perf_counter()
    # Text columns as str, so that a category is its text whatever it looks like.
    dtypes = {name: str for name in categorical}
    reference = pd.read_csv(args.reference, usecols=columns, dtype=dtypes)
    current = pd.read_csv(args.current, usecols=columns, dtype=dtypes)
    read = time.perf_counter()

    results = {}
    for name in numeric:
        a = reference[name].dropna().to_numpy(dtype=np.float64)
        b = current[name].dropna().to_numpy(dtype=np.float64)
        ks = stats.ks_2samp(a, b)
        results[name] = {
            "ks": {"statistic": float(ks.statistic), "pValue": float(ks.pvalue)},
            "wasserstein": float(stats.wasserstein_distance(a, b)),
            "referenceStd": float(np.std(a)),
        }
    for name in categorical:
        counts = pd.concat([reference[name].value_counts(), current[name].value_counts()], axis=1).fillna(0)
        chi2 = stats.chi2_contingency(counts.to_numpy().T)
        results[name] = {"chi2": {"statistic": float(chi2[0]), "pValue": float(chi2[1]), "dof": int(chi2[2])}, "categories": len(counts)}
    done = time.perf_counter()

    print(json.dumps({
        "pandas": pd.__version__,
        "scipy": scipy.__version__,
        "rows": [len(reference), len(current)],
        "seconds": {"read": read - started, "statistics": done - read, "total": done - started},
        "columns": results,
    }))


if __name__ == "__main__":
    main()
