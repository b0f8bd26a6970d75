"""Reference trainer: scikit-learn's MLPClassifier on the benchmark CSV, fit timed alone.

Usage: /usr/bin/python3 test/bench/train_sklearn.py DATA.csv --epochs E --batch-size B
       [--learning-rate LR] [--hidden 64,64] [--holdout 0.2] [--seed S] [--threads N]

Trains on the first 80% of the rows and scores accuracy on the last 20%. The timed part is
StandardScaler + MLPClassifier.fit, the work the built-in trainer does inside trainModel.
Early stopping is off: max_iter epochs always run (tol 0, n_iter_no_change above max_iter).
--threads caps the BLAS threads through threadpoolctl. Prints one JSON line.
"""
import argparse
import json
import resource
import time
import warnings

import pandas as pd
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_info, threadpool_limits


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--epochs", type=int, required=True)
    parser.add_argument("--batch-size", type=int, required=True)
    parser.add_argument("--learning-rate", type=float, default=0.001)
    parser.add_argument("--hidden", default="64,64")
    parser.add_argument("--holdout", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()

    frame = pd.read_csv(args.data)
    x = frame.drop(columns=["label"]).to_numpy(dtype="float64")
    y = frame["label"].to_numpy()
    train_rows = len(frame) - round(len(frame) * args.holdout)
    peak_before_fit = peak_rss_mb()

    model = make_pipeline(
        StandardScaler(),
        MLPClassifier(
            hidden_layer_sizes=tuple(int(width) for width in args.hidden.split(",")),
            activation="relu",
            solver="adam",
            alpha=0.0,  # the built-in trainer's default l2 is 0
            batch_size=args.batch_size,
            learning_rate_init=args.learning_rate,
            max_iter=args.epochs,
            shuffle=True,
            early_stopping=False,
            tol=0.0,
            n_iter_no_change=args.epochs + 1,
            random_state=args.seed,
        ),
    )
    with threadpool_limits(limits=args.threads), warnings.catch_warnings():
        # max_iter reached is the point here, not a problem.
        warnings.simplefilter("ignore", ConvergenceWarning)
        started = time.perf_counter()
        model.fit(x[:train_rows], y[:train_rows])
        fit_seconds = time.perf_counter() - started
        peak_after_fit = peak_rss_mb()
        threads = max((pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"), default=None)
    accuracy = float((model.predict(x[train_rows:]) == y[train_rows:]).mean())
    mlp = model[-1]
    print(json.dumps({
        "fitSeconds": fit_seconds,
        "accuracy": accuracy,
        "epochs": int(mlp.n_iter_),
        "loss": float(mlp.loss_),
        "peakRssMbBeforeFit": peak_before_fit,
        "peakRssMbAfterFit": peak_after_fit,
        "trainRows": train_rows,
        "holdoutRows": len(frame) - train_rows,
        "blasThreads": threads,
        "sklearn": sklearn.__version__,
    }))


def peak_rss_mb():
    """This process's peak resident memory so far, in MB (10^6 bytes); Linux reports KiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


if __name__ == "__main__":
    main()
