# Wrong: never finds a pair.
print(-1)
