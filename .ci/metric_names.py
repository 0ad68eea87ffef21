#!/usr/bin/env python3
"""Metric names that PromQL expressions use, and checks of them against what the services export.

  metric_names.py used RULES_API_JSON DASHBOARD.json...   prints every metric name the rules (as Prometheus loaded
                                                          them, from /api/v1/rules) and the dashboards use
  metric_names.py exported SCRAPE.txt...                  prints every metric name in Prometheus exposition files
"""
import json
import re
import sys

FUNCTIONS_AND_KEYWORDS = {
    # aggregations and their modifiers
    "sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk", "bottomk", "quantile", "count_values", "group",
    "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset", "and", "or", "unless", "atan2",
    # functions used or likely to be
    "rate", "irate", "increase", "delta", "idelta", "deriv", "predict_linear", "histogram_quantile", "vector",
    "scalar", "abs", "absent", "absent_over_time", "ceil", "floor", "round", "clamp", "clamp_min", "clamp_max",
    "changes", "resets", "time", "timestamp", "label_replace", "label_join", "sort", "sort_desc", "sqrt", "exp",
    "ln", "log2", "log10", "avg_over_time", "min_over_time", "max_over_time", "sum_over_time", "count_over_time",
    "last_over_time", "quantile_over_time", "stddev_over_time", "present_over_time", "day_of_week", "hour",
    "minute", "month", "year", "days_in_month", "day_of_month", "sgn", "inf", "nan",
}


def names_in(expr):
    """The metric names of one PromQL expression: identifiers outside strings, label sets, ranges and groupings."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`', '""', expr)   # string literals
    text = re.sub(r"\{[^}]*\}", "", text)                                           # label matchers
    text = re.sub(r"\[[^\]]*\]", "", text)                                          # ranges and subqueries
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", r"\1", text)  # label lists
    text = re.sub(r"\$\w+", "", text)                                               # Grafana variables
    names = set()
    for match in re.finditer(r"(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)", text):
        word = match.group(1)
        if word.lower() in FUNCTIONS_AND_KEYWORDS or re.fullmatch(r"\d.*|e\d*", word):
            continue
        names.add(word)
    return names


def dashboard_exprs(path):
    with open(path) as file:
        dashboard = json.load(file)
    exprs = []

    def walk(panels):
        for panel in panels:
            for target in panel.get("targets", []):
                if target.get("expr"):
                    exprs.append(target["expr"])
            walk(panel.get("panels", []))

    walk(dashboard.get("panels", []))
    return exprs


def used(rules_api, dashboards):
    with open(rules_api) as file:
        groups = json.load(file)["data"]["groups"]
    recorded = {rule["name"] for group in groups for rule in group["rules"] if rule["type"] == "recording"}
    exprs = [rule["query"] for group in groups for rule in group["rules"]]
    for dashboard in dashboards:
        exprs += dashboard_exprs(dashboard)
    names = set()
    for expr in exprs:
        names |= names_in(expr)
    # recording rules are Prometheus' own series, checked by the rules' health; `up` is made by every scrape
    return sorted(name for name in names if name not in recorded and name != "up")


def exported(scrapes):
    names = set()
    for path in scrapes:
        with open(path) as file:
            for line in file:
                if line and not line.startswith("#"):
                    names.add(re.split(r"[{ ]", line, maxsplit=1)[0])
    return sorted(names)


if __name__ == "__main__":
    mode, files = sys.argv[1], sys.argv[2:]
    result = used(files[0], files[1:]) if mode == "used" else exported(files)
    print("\n".join(result))
