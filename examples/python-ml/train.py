"""Trains the churn model from a CSV of customers. Placeholder: the example shows the pipeline, not the model."""
import argparse


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--params", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    print(f"training on {args.data} with {args.params}, writing {args.out}")


if __name__ == "__main__":
    main()
