"""Token comparison of the checker package, a module of its own."""


def same_number(output: str, answer: str) -> bool:
    tokens = output.split()
    return len(tokens) == 1 and tokens[0].lstrip("-").isdigit() and int(tokens[0]) == int(answer)
