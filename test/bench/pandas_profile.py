"""Reference profile: load a CSV with pandas and summarise every column."""
import json
import sys

import pandas as pd


def main(path):
    df = pd.read_csv(path)
    described = df.describe(include="all")
    nulls = df.isnull().sum()
    unique = df.nunique()
    columns = {
        name: {
            "count": int(described.at["count", name]),
            "nulls": int(nulls[name]),
            "unique": int(unique[name]),
        }
        for name in df.columns
    }
    print(json.dumps({"rows": len(df), "pandas": pd.__version__, "columns": columns}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: pandas_profile.py FILE")
    main(sys.argv[1])
