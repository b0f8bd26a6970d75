"""Training benchmark data: a seeded make_classification problem written as one CSV.

Usage: /usr/bin/python3 test/bench/train_data.py OUT.csv [--rows N] [--features F] [--classes C] [--seed S]

Columns f0..f{F-1} (numbers) and label (an integer class). Rows come out shuffled, so the
last 20% is a random held-out sample; both trainers in the benchmark hold out exactly those.
Prints one JSON line: {"rows", "features", "classes", "bytes", "sklearn"}.
"""
import argparse
import json
import os

import numpy as np
import sklearn
from sklearn.datasets import make_classification


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--features", type=int, default=20)
    parser.add_argument("--classes", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    # Half the features informative, a quarter linear mixes of those, 1% of labels flipped and
    # the classes close together: a 64-64 network gains accuracy for tens of epochs, so short
    # and long runs differ.
    x, y = make_classification(
        n_samples=args.rows,
        n_features=args.features,
        n_informative=args.features // 2,
        n_redundant=args.features // 4,
        n_classes=args.classes,
        flip_y=0.01,
        class_sep=0.5,
        shuffle=True,
        random_state=args.seed,
    )
    header = ",".join([f"f{i}" for i in range(args.features)] + ["label"])
    table = np.column_stack([x, y])
    formats = ["%.7g"] * args.features + ["%d"]
    temporary = f"{args.out}.tmp"
    np.savetxt(temporary, table, fmt=formats, delimiter=",", header=header, comments="")
    os.replace(temporary, args.out)
    print(json.dumps({
        "rows": args.rows,
        "features": args.features,
        "classes": args.classes,
        "bytes": os.path.getsize(args.out),
        "sklearn": sklearn.__version__,
    }))


if __name__ == "__main__":
    main()
