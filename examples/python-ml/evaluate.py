"""Scores the candidate model on the hold-out set and writes metrics/candidate.json.

The thresholds are not here: the maturity gate compares the candidate with metrics/production.json
(the model serving today) as `.maturity.yml` says, and fails the job before anything is registered.
"""
import argparse
import json


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    metrics = {"model_version": "placeholder", "data": args.data, "eval": {"auc": 0.0}}
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(metrics, out, indent=2)


if __name__ == "__main__":
    main()
