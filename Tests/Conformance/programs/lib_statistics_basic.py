import statistics as st
from fractions import Fraction as F
import random
data = [2.5, 3.25, 5.5, 1.0, 7.75, 3.25, 9.0, 4.5]
ints = [1, 2, 3, 4, 4, 5, 9, 10, 12]
print(st.mean(data), st.mean(ints), st.mean([1, 2, 3]), st.mean([F(1, 3), F(2, 3)]), st.mean([1, 2.5]), st.fmean(data), st.fmean(ints, weights=range(1, 10)))
print(st.median(data), st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.mode(ints), st.mode(["red", "blue", "blue", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints), st.variance([F(1, 2), F(3, 4), F(5, 4)]), st.pvariance([1, 1, 1]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance(data, st.mean(data)))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]))
print(st.quantiles(ints), st.quantiles(data, n=10), st.quantiles(ints, n=5, method='inclusive'), st.quantiles([1, 2], n=3))
rng = random.Random(5)
big = [rng.gauss(100, 15) for _ in range(500)]
print(round(st.mean(big), 9), st.stdev(big), st.median(big), st.pvariance(big))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.pvariance([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([])]:
    try: print(bad())
    except st.StatisticsError as e: print("StatisticsError", e)
nd = st.NormalDist(100, 15); print(nd, nd.mean, nd.stdev, round(nd.cdf(130), 12), round(nd.pdf(100), 12), nd + 5, nd * 2, nd.zscore(130))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), issubclass(st.StatisticsError, ValueError))
