// A header lying loose beside single-file validators; it goes with each of them.
#pragma once
const long long MAX_VALUE = 1000000000;
