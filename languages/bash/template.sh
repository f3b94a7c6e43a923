#!/bin/bash
# Read the input from standard input, e.g. a line of two numbers:
#   read -r a b
# Write the answer with echo or printf, e.g.:
#   echo "$((a + b))"
