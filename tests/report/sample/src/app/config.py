"""Configuration loading for the sample application."""

def load_config(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def parse_port(text):  # noqa: TST003
    print("parsing", text)
    return int(text)
