# The strategy runtime library, written in the strategy language itself and compiled into every module on demand
# (each function is specialized for the argument types it is called with). Names starting with '__' are private;
# functions like __uget/__uset/__empty/__raise are compiler intrinsics available only here.
# Rolling and ewm kernels are ports of pandas 1.5 _libs/window/aggregations.pyx; exp/log/log10 are ports of fdlibm
# (the algorithms behind java.lang.StrictMath).
import numpy as np

# ---------------------------------------------------------------- math (fdlibm ports)

def __exp(x):
    if x != x:
        return x
    if x > 709.782712893383973096:
        return np.inf
    if x < -745.13321910194110842:
        return 0.0
    hi = 0.0
    lo = 0.0
    k = 0
    ax = x if x >= 0.0 else -x
    if ax > 0.34657359027997264:
        if ax < 1.0397207708399179:
            if x >= 0.0:
                hi = x - 6.93147180369123816490e-01
                lo = 1.90821492927058770002e-10
                k = 1
            else:
                hi = x + 6.93147180369123816490e-01
                lo = -1.90821492927058770002e-10
                k = -1
        else:
            half = 0.5 if x >= 0.0 else -0.5
            k = int(1.44269504088896338700e+00 * x + half)
            hi = x - k * 6.93147180369123816490e-01
            lo = k * 1.90821492927058770002e-10
        x = hi - lo
    elif ax < 3.725290298461914e-09:
        return 1.0 + x
    t = x * x
    c = x - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03 + t * (6.61375632143793436117e-05
        + t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08))))
    if k == 0:
        return 1.0 - ((x * c) / (c - 2.0) - x)
    y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi)
    if k >= -1021:
        return __from_bits(__wrap_add(__bits(y), __shl(k, 52)))
    return __from_bits(__wrap_add(__bits(y), __shl(k + 1000, 52))) * 9.332636185032189e-302

def __log(x):
    bits = __bits(x)
    hx = bits >> 32
    lx = bits & 0xffffffff
    k = 0
    if hx < 0x00100000:
        if ((hx & 0x7fffffff) | lx) == 0:
            return -np.inf
        if hx < 0:
            return np.nan
        k = k - 54
        x = x * 1.80143985094819840000e+16
        bits = __bits(x)
        hx = bits >> 32
    if hx >= 0x7ff00000:
        return x + x
    k = k + (hx >> 20) - 1023
    hx = hx & 0x000fffff
    i = (hx + 0x95f64) & 0x100000
    x = __from_bits(__shl(hx | (i ^ 0x3ff00000), 32) | (__bits(x) & 0xffffffff))
    k = k + (i >> 20)
    f = x - 1.0
    dk = float(k)
    if (0x000fffff & (2 + hx)) < 3:
        if f == 0.0:
            if k == 0:
                return 0.0
            return dk * 6.93147180369123816490e-01 + dk * 1.90821492927058770002e-10
        r0 = f * f * (0.5 - 0.33333333333333333 * f)
        if k == 0:
            return f - r0
        return dk * 6.93147180369123816490e-01 - ((r0 - dk * 1.90821492927058770002e-10) - f)
    s = f / (2.0 + f)
    z = s * s
    i = hx - 0x6147a
    w = z * z
    j = 0x6b851 - hx
    t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01))
    t2 = z * (6.666666666666735130e-01 + w * (2.857142874366239149e-01 + w * (1.818357216161805012e-01
        + w * 1.479819860511658591e-01)))
    i = i | j
    r = t2 + t1
    if i > 0:
        hfsq = 0.5 * f * f
        if k == 0:
            return f - (hfsq - s * (hfsq + r))
        return dk * 6.93147180369123816490e-01 - ((hfsq - (s * (hfsq + r) + dk * 1.90821492927058770002e-10)) - f)
    if k == 0:
        return f - s * (f - r)
    return dk * 6.93147180369123816490e-01 - ((s * (f - r) - dk * 1.90821492927058770002e-10) - f)

def __log10(x):
    bits = __bits(x)
    hx = bits >> 32
    lx = bits & 0xffffffff
    k = 0
    if hx < 0x00100000:
        if ((hx & 0x7fffffff) | lx) == 0:
            return -np.inf
        if hx < 0:
            return np.nan
        k = k - 54
        x = x * 1.80143985094819840000e+16
        bits = __bits(x)
        hx = bits >> 32
    if hx >= 0x7ff00000:
        return x + x
    k = k + (hx >> 20) - 1023
    i = 1 if k < 0 else 0
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
    y = float(k + i)
    x = __from_bits(__shl(hx, 32) | (__bits(x) & 0xffffffff))
    z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * __log(x)
    return z + y * 3.01029995663611771306e-01

def __log2(x):
    if x != x or x <= 0.0 or x == np.inf:
        return __log(x)
    bits = __bits(x)
    e = (bits >> 52) & 0x7ff
    if e == 0:
        return __log(x) / 6.93147180559945309417e-01
    k = e - 1023
    m = __from_bits((bits & 0x000fffffffffffff) | 0x3ff0000000000000)
    if m > 1.4142135623730951:
        m = m * 0.5
        k = k + 1
    return float(k) + __log(m) * 1.44269504088896340736

def __log1p(x):
    u = 1.0 + x
    if u == 1.0:
        return x
    if u == np.inf:
        return u
    return __log(u) * x / (u - 1.0)

def __expm1(x):
    u = __exp(x)
    if u == 1.0:
        return x
    um = u - 1.0
    if um == -1.0:
        return -1.0
    if u == np.inf:
        return u
    return um * x / __log(u)

def __pow_pos(x, y):
    # x > 0
    if x == np.inf:
        return np.inf if y > 0.0 else 0.0
    if y == np.floor(y) and np.abs(y) <= 64.0:
        n = int(np.abs(y))
        r = 1.0
        b = x
        while n > 0:
            if n % 2 == 1:
                r = r * b
            b = b * b
            n = n // 2
        return r if y > 0.0 else 1.0 / r
    return __exp(y * __log(x))

def __pow(x, y, line, py):
    if y == 0.0 or x == 1.0:
        return 1.0
    if x != x or y != y:
        return np.nan
    if y == 1.0:
        return x
    if y == 2.0:
        return x * x
    if y == 0.5 and x > -np.inf and x != 0.0:
        if x < 0.0:
            if py:
                __raise(3, line)
            return np.nan
        return np.sqrt(x)
    yint = y == np.floor(y)
    odd = False
    if yint and np.abs(y) < 9007199254740992.0:
        odd = np.abs(y % 2.0) == 1.0
    if x == 0.0:
        if y < 0.0:
            if py:
                __raise(1, line)
            if odd and __bits(x) < 0:
                return -np.inf
            return np.inf
        if odd and __bits(x) < 0:
            return -0.0
        return 0.0
    r = 0.0
    if x < 0.0:
        if not yint:
            if py:
                __raise(3, line)
            return np.nan
        r = __pow_pos(-x, y)
        if odd:
            r = -r
    else:
        r = __pow_pos(x, y)
    if py and (r == np.inf or r == -np.inf) and x > -np.inf and x < np.inf:
        __raise(4, line)
    return r

def __ipow(a, b, line):
    if b < 0:
        __raise(3, line)
    r = 1
    while b > 0:
        if b % 2 == 1:
            r = r * a
        b = b // 2
        if b > 0:
            a = a * a
    return r

def __math_sqrt(x, line):
    if x < 0.0:
        __raise(10, line)
    return float(np.sqrt(x))

def __math_log(x, line):
    if x <= 0.0:
        __raise(10, line)
    return float(__log(x))

def __math_log10(x, line):
    if x <= 0.0:
        __raise(10, line)
    return float(__log10(x))

def __math_log2(x, line):
    if x <= 0.0:
        __raise(10, line)
    return float(__log2(x))

def __math_log1p(x, line):
    if x <= -1.0:
        __raise(10, line)
    return float(__log1p(x))

def __math_exp(x, line):
    r = __exp(x)
    if r == np.inf and x < np.inf:
        __raise(4, line)
    return float(r)

def __math_expm1(x, line):
    r = __expm1(x)
    if r == np.inf and x < np.inf:
        __raise(4, line)
    return float(r)

def __round(x, n):
    # Python's round(x, n): the exact binary value of x rounded half-even at n decimals. x * 10**n is computed
    # exactly as a double-double (Dekker's product), then rounded, then divided (correctly rounded).
    if x != x or x == np.inf or x == -np.inf:
        return x
    if n < 0:
        q = __pow_pos(10.0, float(-n))
        return __nearest(x / q) * q
    if n > 22:
        return x
    p = __pow_pos(10.0, float(n))
    prod = x * p
    if prod != prod or prod == np.inf or prod == -np.inf or np.abs(prod) >= 4503599627370496.0:
        return x
    c = 134217729.0 * x
    xh = c - (c - x)
    xl = x - xh
    c = 134217729.0 * p
    ph = c - (c - p)
    pl = p - ph
    err = ((xh * ph - prod) + xh * pl + xl * ph) + xl * pl
    f = np.floor(prod)
    d = (prod - f) + err
    if d < 0.0:
        f = f - 1.0
        d = d + 1.0
    if d >= 1.0:
        f = f + 1.0
        d = d - 1.0
    if d > 0.5 or (d == 0.5 and f % 2.0 == 1.0):
        f = f + 1.0
    r = f / p
    if r == 0.0 and x < 0.0:
        return -0.0
    return r

def __halflife_com(h):
    return 1.0 / (1.0 - __exp(__log(0.5) / h)) - 1.0

# ---------------------------------------------------------------- construction and indexing

def __full_float(n, v):
    out = __empty(n)
    for i in range(n):
        __uset(out, i, v)
    return out

def __full_int(n, v):
    out = __empty_int(n)
    for i in range(n):
        __uset(out, i, v)
    return out

def __copy(x):
    n = len(x)
    out = __empty_like(x, n)
    for i in range(n):
        __uset(out, i, __uget(x, i))
    return out

def __range_len(start, stop, step):
    if step == 0:
        __raise(3, 0)
    if step > 0:
        if stop <= start:
            return 0
        return (stop - start + step - 1) // step
    if stop >= start:
        return 0
    return (start - stop - step - 1) // (-step)

def __arange_int(start, stop, step):
    n = __range_len(start, stop, step)
    out = __empty_int(n)
    for i in range(n):
        __uset(out, i, start + i * step)
    return out

def __arange_float(start, stop, step):
    if step == 0.0:
        __raise(1, 0)
    n = int(np.ceil((stop - start) / step))
    if n < 0:
        n = 0
    out = __empty(n)
    for i in range(n):
        __uset(out, i, start + i * step)
    return out

def __linspace(start, stop, num, endpoint):
    out = __empty(num)
    div = num - 1 if endpoint else num
    if div <= 0:
        if num > 0:
            __uset(out, 0, start)
        return out
    step = (stop - start) / div
    for i in range(num):
        __uset(out, i, start + i * step)
    if endpoint and num > 1:
        __uset(out, num - 1, stop)
    return out

def __slice(x, lo, hi, step, haslo, hashi):
    n = len(x)
    if step == 0:
        __raise(3, 0)
    start = 0
    stop = 0
    if step > 0:
        start = lo if haslo else 0
        stop = hi if hashi else n
        if start < 0:
            start = start + n
            if start < 0:
                start = 0
        if start > n:
            start = n
        if stop < 0:
            stop = stop + n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
    else:
        start = lo if haslo else n - 1
        stop = hi if hashi else -n - 1
        if start < 0:
            start = start + n
            if start < 0:
                start = -1
        if start >= n:
            start = n - 1
        if hashi:
            if stop < 0:
                stop = stop + n
                if stop < 0:
                    stop = -1
            if stop >= n:
                stop = n - 1
        else:
            stop = -1
    m = __range_len(start, stop, step)
    out = __empty_like(x, m)
    for i in range(m):
        __uset(out, i, __uget(x, start + i * step))
    return out

def __loc_slice(x, lo, hi, haslo, hashi):
    # s.loc[lo:hi] on a RangeIndex: labels lo..hi INCLUDED; labels outside 0..n-1 are not there (no wrap-around)
    n = len(x)
    a = lo if haslo else 0
    b = hi + 1 if hashi else n
    if a < 0:
        a = 0
    if b > n:
        b = n
    if b < a:
        b = a
    out = __empty_like(x, b - a)
    for i in range(a, b):
        __uset(out, i - a, __uget(x, i))
    return out

def __slice_index(n, lo, hi, step, haslo, hashi):
    idx = __slice(__arange_int(0, n, 1), lo, hi, step, haslo, hashi)
    return idx

def __setslice_scalar(x, lo, hi, step, haslo, hashi, v):
    idx = __slice_index(len(x), lo, hi, step, haslo, hashi)
    for k in range(len(idx)):
        __uset(x, __uget(idx, k), v)
    return 0

def __setslice_array(x, lo, hi, step, haslo, hashi, v):
    idx = __slice_index(len(x), lo, hi, step, haslo, hashi)
    if len(v) != len(idx):
        __raise(9, 0)
    for k in range(len(idx)):
        __uset(x, __uget(idx, k), __uget(v, k))
    return 0

def __mask(x, m):
    n = len(x)
    if len(m) != n:
        __raise(2, 0)
    c = 0
    for i in range(n):
        if __uget(m, i):
            c += 1
    out = __empty_like(x, c)
    j = 0
    for i in range(n):
        if __uget(m, i):
            __uset(out, j, __uget(x, i))
            j += 1
    return out

def __take(x, idx):
    n = len(idx)
    out = __empty_like(x, n)
    for i in range(n):
        out[i] = x[__uget(idx, i)]
    return out

def __setmask_scalar(x, m, v):
    if len(m) != len(x):
        __raise(2, 0)
    for i in range(len(x)):
        if __uget(m, i):
            __uset(x, i, v)
    return 0

def __setmask_array(x, m, v):
    if len(m) != len(x):
        __raise(2, 0)
    if len(v) == len(x):
        for i in range(len(x)):
            if __uget(m, i):
                __uset(x, i, __uget(v, i))
        return 0
    j = 0
    for i in range(len(x)):
        if __uget(m, i):
            __uset(x, i, v[j])
            j += 1
    if j != len(v):
        __raise(9, 0)
    return 0

def __settake_scalar(x, idx, v):
    for i in range(len(idx)):
        x[__uget(idx, i)] = v
    return 0

def __settake_array(x, idx, v):
    if len(v) != len(idx):
        __raise(9, 0)
    for i in range(len(idx)):
        x[__uget(idx, i)] = __uget(v, i)
    return 0

def __put_all(out, r):
    n = len(out)
    if len(r) != n:
        __raise(9, 0)
    for i in range(n):
        __uset(out, i, __uget(r, i))
    return out

def __fill_all(out, v):
    for i in range(len(out)):
        __uset(out, i, v)
    return out

def __put_where(out, r, w):
    n = len(out)
    if len(r) != n or len(w) != n:
        __raise(9, 0)
    for i in range(n):
        if __uget(w, i):
            __uset(out, i, __uget(r, i))
    return out

def __fill_where(out, v, w):
    n = len(out)
    if len(w) != n:
        __raise(9, 0)
    for i in range(n):
        if __uget(w, i):
            __uset(out, i, v)
    return out

def __concat2(a, b):
    n = len(a)
    m = len(b)
    out = __empty_like(a, n + m)
    for i in range(n):
        __uset(out, i, __uget(a, i))
    for i in range(m):
        __uset(out, n + i, __uget(b, i))
    return out

def __list_to_array(l):
    n = len(l)
    out = __empty_like_list(l, n)
    for i in range(n):
        out[i] = l[i]
    return out

def __array_to_list(x):
    out = []
    for v in x:
        out.append(v)
    return out

def __list_concat(a, b):
    out = []
    for v in a:
        out.append(v)
    for v in b:
        out.append(v)
    return out

def __item(x):
    if len(x) != 1:
        __raise(3, 0)
    return x[0]

# ---------------------------------------------------------------- numpy reductions (no NaN skipping)

def __pairwise(x, lo, n):
    # numpy's pairwise summation (blocks of 128, unrolled by 8)
    if n < 8:
        s = 0.0
        for i in range(lo, lo + n):
            s += __uget(x, i)
        return s
    if n <= 128:
        r0 = __uget(x, lo)
        r1 = __uget(x, lo + 1)
        r2 = __uget(x, lo + 2)
        r3 = __uget(x, lo + 3)
        r4 = __uget(x, lo + 4)
        r5 = __uget(x, lo + 5)
        r6 = __uget(x, lo + 6)
        r7 = __uget(x, lo + 7)
        i = 8
        while i < n - (n % 8):
            r0 += __uget(x, lo + i)
            r1 += __uget(x, lo + i + 1)
            r2 += __uget(x, lo + i + 2)
            r3 += __uget(x, lo + i + 3)
            r4 += __uget(x, lo + i + 4)
            r5 += __uget(x, lo + i + 5)
            r6 += __uget(x, lo + i + 6)
            r7 += __uget(x, lo + i + 7)
            i += 8
        res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        while i < n:
            res += __uget(x, lo + i)
            i += 1
        return res
    n2 = n // 2
    n2 = n2 - n2 % 8
    return __pairwise(x, lo, n2) + __pairwise(x, lo + n2, n - n2)

def __np_sum(x):
    if __is_float(x):
        return __pairwise(x, 0, len(x))
    s = 0
    for v in x:
        s = __wrap_add(s, v)
    return s

def __np_mean(x):
    return __pairwise(__as_f(x), 0, len(x)) / len(x) if len(x) > 0 else np.nan

def __as_f(x):
    if __is_float(x):
        return x
    out = __empty(len(x))
    for i in range(len(x)):
        __uset(out, i, float(__uget(x, i)))
    return out

def __np_prod(x):
    p = __zero(x) + 1
    for v in x:
        p = p * v
    return p

def __np_min(x):
    if len(x) == 0:
        __raise(3, 0)
    m = __uget(x, 0)
    for i in range(1, len(x)):
        v = __uget(x, i)
        if v != v:
            return v
        if v < m:
            m = v
    return m

def __np_max(x):
    if len(x) == 0:
        __raise(3, 0)
    m = __uget(x, 0)
    for i in range(1, len(x)):
        v = __uget(x, i)
        if v != v:
            return v
        if v > m:
            m = v
    return m

def __np_argmin(x):
    if len(x) == 0:
        __raise(3, 0)
    m = __uget(x, 0)
    k = 0
    if m != m:
        return 0
    for i in range(1, len(x)):
        v = __uget(x, i)
        if v != v:
            return i
        if v < m:
            m = v
            k = i
    return k

def __np_argmax(x):
    if len(x) == 0:
        __raise(3, 0)
    m = __uget(x, 0)
    k = 0
    if m != m:
        return 0
    for i in range(1, len(x)):
        v = __uget(x, i)
        if v != v:
            return i
        if v > m:
            m = v
            k = i
    return k

def __np_cumsum(x):
    n = len(x)
    out = __empty_like(x, n)
    s = __zero(x)
    for i in range(n):
        s = s + __uget(x, i)
        __uset(out, i, s)
    return out

def __np_cumprod(x):
    n = len(x)
    out = __empty_like(x, n)
    s = __zero(x) + 1
    for i in range(n):
        s = s * __uget(x, i)
        __uset(out, i, s)
    return out

def __np_nancumsum(x):
    n = len(x)
    out = __empty(n)
    s = 0.0
    for i in range(n):
        v = __uget(x, i)
        if v == v:
            s += v
        __uset(out, i, s)
    return out

def __np_any(x):
    for v in x:
        if v != 0:
            return True
    return False

def __np_all(x):
    for v in x:
        if v == 0:
            return False
    return True

def __np_count_nonzero(x):
    c = 0
    for v in x:
        if v != 0:
            c += 1
    return c

def __np_diff(x):
    n = len(x)
    m = n - 1 if n > 0 else 0
    out = __empty_like(x, m)
    for i in range(m):
        __uset(out, i, __uget(x, i + 1) - __uget(x, i))
    return out

def __np_flip(x):
    n = len(x)
    out = __empty_like(x, n)
    for i in range(n):
        __uset(out, i, __uget(x, n - 1 - i))
    return out

def __less(a, b):
    return a < b or (b != b and a == a)

def __argsort_into(x, idx, tmp, lo, hi):
    # stable merge sort of idx[lo:hi] by x, NaN last
    if hi - lo < 2:
        return 0
    if hi - lo <= 16:
        for i in range(lo + 1, hi):
            k = __uget(idx, i)
            v = __uget(x, k)
            j = i - 1
            while j >= lo and __less(v, __uget(x, __uget(idx, j))):
                __uset(idx, j + 1, __uget(idx, j))
                j -= 1
            __uset(idx, j + 1, k)
        return 0
    mid = (lo + hi) // 2
    __argsort_into(x, idx, tmp, lo, mid)
    __argsort_into(x, idx, tmp, mid, hi)
    i = lo
    j = mid
    k = lo
    while i < mid and j < hi:
        if __less(__uget(x, __uget(idx, j)), __uget(x, __uget(idx, i))):
            __uset(tmp, k, __uget(idx, j))
            j += 1
        else:
            __uset(tmp, k, __uget(idx, i))
            i += 1
        k += 1
    while i < mid:
        __uset(tmp, k, __uget(idx, i))
        i += 1
        k += 1
    while j < hi:
        __uset(tmp, k, __uget(idx, j))
        j += 1
        k += 1
    for t in range(lo, hi):
        __uset(idx, t, __uget(tmp, t))
    return 0

def __stable_argsort(x):
    n = len(x)
    idx = __arange_int(0, n, 1)
    tmp = __empty_int(n)
    __argsort_into(x, idx, tmp, 0, n)
    return idx

def __swap(idx, a, b):
    t = __uget(idx, a)
    __uset(idx, a, __uget(idx, b))
    __uset(idx, b, t)
    return 0

def __np_argsort(x):
    # numpy 1.24's default argsort, ported so that ties come out in numpy's order (np.argsort is not stable):
    # introsort with a median-of-3 quicksort, insertion sort for ranges of at most 16 elements, and heapsort below
    # 2 * floor(log2(n)) levels (numpy/core/src/npysort/quicksort.cpp, aquicksort_); NaN sorts last
    n = len(x)
    idx = __arange_int(0, n, 1)
    if n < 2:
        return idx
    stack = __empty_int(256)
    depths = __empty_int(128)
    sp = 0
    dp = 0
    cdepth = 0
    m = n
    while m > 1:
        m = m // 2
        cdepth += 1
    cdepth = cdepth * 2
    pl = 0
    pr = n - 1
    while True:
        if cdepth < 0:
            __aheapsort(x, idx, pl, pr - pl + 1)
        else:
            while pr - pl > 15:
                pm = pl + (pr - pl) // 2
                if __less(__uget(x, __uget(idx, pm)), __uget(x, __uget(idx, pl))):
                    __swap(idx, pm, pl)
                if __less(__uget(x, __uget(idx, pr)), __uget(x, __uget(idx, pm))):
                    __swap(idx, pr, pm)
                if __less(__uget(x, __uget(idx, pm)), __uget(x, __uget(idx, pl))):
                    __swap(idx, pm, pl)
                vp = __uget(x, __uget(idx, pm))
                pi = pl
                pj = pr - 1
                __swap(idx, pm, pj)
                while True:
                    pi += 1
                    while __less(__uget(x, __uget(idx, pi)), vp):
                        pi += 1
                    pj -= 1
                    while __less(vp, __uget(x, __uget(idx, pj))):
                        pj -= 1
                    if pi >= pj:
                        break
                    __swap(idx, pi, pj)
                __swap(idx, pi, pr - 1)
                # continue with the smaller part, push the larger one
                if pi - pl < pr - pi:
                    __uset(stack, sp, pi + 1)
                    __uset(stack, sp + 1, pr)
                    pr = pi - 1
                else:
                    __uset(stack, sp, pl)
                    __uset(stack, sp + 1, pi - 1)
                    pl = pi + 1
                sp += 2
                cdepth -= 1
                __uset(depths, dp, cdepth)
                dp += 1
            for pi in range(pl + 1, pr + 1):
                vi = __uget(idx, pi)
                vp = __uget(x, vi)
                pj = pi
                while pj > pl and __less(vp, __uget(x, __uget(idx, pj - 1))):
                    __uset(idx, pj, __uget(idx, pj - 1))
                    pj -= 1
                __uset(idx, pj, vi)
        if sp == 0:
            break
        sp -= 2
        pl = __uget(stack, sp)
        pr = __uget(stack, sp + 1)
        dp -= 1
        cdepth = __uget(depths, dp)
    return idx

def __aheapsort(x, idx, base, n):
    # numpy's aheapsort_ on idx[base:base + n], with its 1-based heap: a[k] is idx[base + k - 1]
    l = n // 2
    while l > 0:
        tmp = __uget(idx, base + l - 1)
        i = l
        j = l * 2
        while j <= n:
            if j < n and __less(__uget(x, __uget(idx, base + j - 1)), __uget(x, __uget(idx, base + j))):
                j += 1
            if __less(__uget(x, tmp), __uget(x, __uget(idx, base + j - 1))):
                __uset(idx, base + i - 1, __uget(idx, base + j - 1))
                i = j
                j += j
            else:
                break
        __uset(idx, base + i - 1, tmp)
        l -= 1
    while n > 1:
        tmp = __uget(idx, base + n - 1)
        __uset(idx, base + n - 1, __uget(idx, base))
        n -= 1
        i = 1
        j = 2
        while j <= n:
            if j < n and __less(__uget(x, __uget(idx, base + j - 1)), __uget(x, __uget(idx, base + j))):
                j += 1
            if __less(__uget(x, tmp), __uget(x, __uget(idx, base + j - 1))):
                __uset(idx, base + i - 1, __uget(idx, base + j - 1))
                i = j
                j += j
            else:
                break
        __uset(idx, base + i - 1, tmp)
    return 0

def __np_sort(x):
    idx = __stable_argsort(x)
    n = len(x)
    out = __empty_like(x, n)
    for i in range(n):
        __uset(out, i, __uget(x, __uget(idx, i)))
    return out

def __lerp(a, b, t):
    d = b - a
    r = a + d * t
    if t >= 0.5:
        r = b - d * (1.0 - t)
    return r

def __quantile_sorted(s, n, q):
    if n == 0:
        return np.nan
    pos = q * (n - 1)
    lo = int(np.floor(pos))
    if lo >= n - 1:
        return float(__uget(s, n - 1))
    t = pos - lo
    return __lerp(float(__uget(s, lo)), float(__uget(s, lo + 1)), t)

def __quantile(x, q, skip):
    s = __as_f(__np_sort(x))
    n = len(s)
    if not skip:
        if n > 0 and __uget(s, n - 1) != __uget(s, n - 1):
            return np.nan
    c = 0
    for i in range(n):
        v = __uget(s, i)
        if v == v:
            c += 1
    if c == 0:
        return np.nan
    return __quantile_sorted(s, c, q)

def __np_median(x):
    return __quantile(x, 0.5, False)

def __np_nanmedian(x):
    return __quantile(x, 0.5, True)

def __np_nanmean(x):
    s = 0.0
    c = 0
    for v in x:
        if v == v:
            s += v
            c += 1
    return s / c if c > 0 else np.nan

def __np_nansum(x):
    s = 0.0
    for v in x:
        if v == v:
            s += v
    return s

def __np_nanmin(x):
    m = np.nan
    for v in x:
        if v == v and (m != m or v < m):
            m = v
    return m

def __np_nanmax(x):
    m = np.nan
    for v in x:
        if v == v and (m != m or v > m):
            m = v
    return m

def __var(x, ddof, skip, std):
    n = len(x)
    c = 0
    s = 0.0
    for i in range(n):
        v = float(__uget(x, i))
        if v == v:
            c += 1
            s += v
        elif not skip:
            return np.nan
    if c - ddof <= 0:
        return np.nan
    m = s / c
    ss = 0.0
    for i in range(n):
        v = float(__uget(x, i))
        if v == v:
            d = v - m
            ss += d * d
    r = ss / (c - ddof)
    return np.sqrt(r) if std else r

def __average(x, w):
    if len(x) != len(w):
        __raise(9, 0)
    s = 0.0
    sw = 0.0
    for i in range(len(x)):
        s += __uget(x, i) * __uget(w, i)
        sw += __uget(w, i)
    if sw == 0.0:
        __raise(1, 0)
    return s / sw

def __roll(x, shift):
    n = len(x)
    out = __empty_like(x, n)
    if n == 0:
        return out
    k = shift % n
    for i in range(n):
        j = i + k
        if j >= n:
            j = j - n
        __uset(out, j, __uget(x, i))
    return out

def __convolve(a, v, mode):
    n = len(a)
    m = len(v)
    if n == 0 or m == 0:
        __raise(3, 0)
    full = __empty(n + m - 1)
    for k in range(n + m - 1):
        s = 0.0
        lo = k - m + 1 if k - m + 1 > 0 else 0
        hi = k if k < n - 1 else n - 1
        for i in range(lo, hi + 1):
            s += __uget(a, i) * __uget(v, k - i)
        __uset(full, k, s)
    if mode == 0:
        return full
    big = n if n > m else m
    small = m if n > m else n
    if mode == 1:
        start = (small - 1) // 2
        return __slice(full, start, start + big, 1, True, True)
    return __slice(full, small - 1, big, 1, True, True)

def __dot(a, b):
    if len(a) != len(b):
        __raise(9, 0)
    s = __zero(a) * __zero(b)
    for i in range(len(a)):
        s = s + __uget(a, i) * __uget(b, i)
    return s

def __pysum(x, start):
    s = start
    for v in x:
        s = s + v
    return s

def __pymax(x):
    if len(x) == 0:
        __raise(3, 0)
    m = x[0]
    for v in x:
        if v > m:
            m = v
    return m

def __pymin(x):
    if len(x) == 0:
        __raise(3, 0)
    m = x[0]
    for v in x:
        if v < m:
            m = v
    return m

# ---------------------------------------------------------------- pandas Series (NaN-skipping)

def __pd_sum(x):
    if __is_float(x):
        s = 0.0
        for v in x:
            if v == v:
                s += v
        return s
    return __np_sum(x)

def __pd_mean(x):
    s = 0.0
    c = 0
    for v in x:
        if v == v:
            s += v
            c += 1
    return s / c if c > 0 else np.nan

def __pd_min(x):
    if not __is_float(x):
        return __np_min(x)
    return __np_nanmin(x)

def __pd_max(x):
    if not __is_float(x):
        return __np_max(x)
    return __np_nanmax(x)

def __pd_median(x):
    return __quantile(x, 0.5, True)

def __pd_count(x):
    c = 0
    for v in x:
        if v == v:
            c += 1
    return c

def __pd_prod(x):
    p = 1.0
    for v in x:
        if v == v:
            p = p * v
    return p

def __pd_any(x):
    for v in x:
        if v == v and v != 0:
            return True
    return False

def __pd_all(x):
    for v in x:
        if v == 0:
            return False
    return True

def __pd_argmax(x):
    k = -1
    m = np.nan
    for i in range(len(x)):
        v = float(__uget(x, i))
        if v == v and (k < 0 or v > m):
            m = v
            k = i
    return k

def __pd_argmin(x):
    k = -1
    m = np.nan
    for i in range(len(x)):
        v = float(__uget(x, i))
        if v == v and (k < 0 or v < m):
            m = v
            k = i
    return k

def __pd_cumsum(x):
    n = len(x)
    out = __empty_like(x, n)
    s = __zero(x)
    for i in range(n):
        v = __uget(x, i)
        if v == v:
            s = s + v
            __uset(out, i, s)
        else:
            __uset(out, i, v)
    return out

def __pd_cumprod(x):
    n = len(x)
    out = __empty_like(x, n)
    s = __zero(x) + 1
    for i in range(n):
        v = __uget(x, i)
        if v == v:
            s = s * v
            __uset(out, i, s)
        else:
            __uset(out, i, v)
    return out

def __pd_cummax(x):
    n = len(x)
    out = __empty_like(x, n)
    started = False
    m = __uget(x, 0) if n > 0 else 0
    for i in range(n):
        v = __uget(x, i)
        if v == v:
            if not started or v > m:
                m = v
                started = True
            __uset(out, i, m)
        else:
            __uset(out, i, v)
    return out

def __pd_cummin(x):
    n = len(x)
    out = __empty_like(x, n)
    started = False
    m = __uget(x, 0) if n > 0 else 0
    for i in range(n):
        v = __uget(x, i)
        if v == v:
            if not started or v < m:
                m = v
                started = True
            __uset(out, i, m)
        else:
            __uset(out, i, v)
    return out

def __pd_ffill(x):
    n = len(x)
    out = __empty(n)
    last = np.nan
    for i in range(n):
        v = __uget(x, i)
        if v == v:
            last = v
        __uset(out, i, last)
    return out

def __pd_bfill(x):
    n = len(x)
    out = __empty(n)
    nxt = np.nan
    for k in range(n):
        i = n - 1 - k
        v = __uget(x, i)
        if v == v:
            nxt = v
        __uset(out, i, nxt)
    return out

def __pd_shift(x, p):
    n = len(x)
    out = __empty(n)
    for i in range(n):
        j = i - p
        if j >= 0 and j < n:
            __uset(out, i, __uget(x, j))
        else:
            __uset(out, i, np.nan)
    return out

def __pd_diff(x, p):
    n = len(x)
    out = __empty(n)
    for i in range(n):
        j = i - p
        if j >= 0 and j < n:
            __uset(out, i, float(__uget(x, i)) - float(__uget(x, j)))
        else:
            __uset(out, i, np.nan)
    return out

def __pd_pct_change(x, p):
    # pandas 1.5: fill_method='pad' forward-fills before computing the ratio
    f = __pd_ffill(x)
    n = len(f)
    out = __empty(n)
    for i in range(n):
        j = i - p
        if j >= 0 and j < n:
            __uset(out, i, __uget(f, i) / __uget(f, j) - 1.0)
        else:
            __uset(out, i, np.nan)
    return out

def __rank(x, pct):
    n = len(x)
    idx = __stable_argsort(x)
    out = __empty(n)
    c = 0
    for i in range(n):
        if __uget(x, i) == __uget(x, i):
            c += 1
    i = 0
    while i < n:
        v = __uget(x, __uget(idx, i))
        if v != v:
            __uset(out, __uget(idx, i), np.nan)
            i += 1
            continue
        j = i
        while j + 1 < n and __uget(x, __uget(idx, j + 1)) == v:
            j += 1
        r = (i + j) / 2.0 + 1.0
        for k in range(i, j + 1):
            __uset(out, __uget(idx, k), r / c if pct else r)
        i = j + 1
    return out

def __rowmax(a, b):
    n = len(a)
    if len(b) != n:
        __raise(9, 0)
    out = __empty(n)
    for i in range(n):
        x = __uget(a, i)
        y = __uget(b, i)
        if x != x or y > x:
            x = y
        __uset(out, i, x)
    return out

def __rowmin(a, b):
    n = len(a)
    if len(b) != n:
        __raise(9, 0)
    out = __empty(n)
    for i in range(n):
        x = __uget(a, i)
        y = __uget(b, i)
        if x != x or y < x:
            x = y
        __uset(out, i, x)
    return out

# ---------------------------------------------------------------- rolling windows (pandas kernels)

def __roll_sum(x, w, minp):
    return __roll_sum_mean(x, w, minp, False)

def __roll_mean(x, w, minp):
    return __roll_sum_mean(x, w, minp, True)

def __roll_sum_mean(x, w, minp, mean):
    n = len(x)
    out = __empty(n)
    if w <= 0:
        __raise(3, 0)
    nobs = 0
    neg_ct = 0
    sum_x = 0.0
    comp_add = 0.0
    comp_rem = 0.0
    same = 0
    prev = __uget(x, 0) if n > 0 else 0.0
    for i in range(n):
        if i >= w:
            val = __uget(x, i - w)
            if val == val:
                nobs -= 1
                y = -val - comp_rem
                t = sum_x + y
                comp_rem = t - sum_x - y
                sum_x = t
                if __bits(val) < 0:
                    neg_ct -= 1
        val = __uget(x, i)
        if val == val:
            nobs += 1
            y = val - comp_add
            t = sum_x + y
            comp_add = t - sum_x - y
            sum_x = t
            if __bits(val) < 0:
                neg_ct += 1
            if val == prev:
                same += 1
            else:
                same = 1
            prev = val
        r = np.nan
        if mean:
            if nobs >= minp and nobs > 0:
                r = sum_x / nobs
                if same >= nobs:
                    r = prev
                elif neg_ct == 0 and r < 0.0:
                    r = 0.0
                elif neg_ct == nobs and r > 0.0:
                    r = 0.0
        else:
            if nobs == 0 and minp == 0:
                r = 0.0
            elif nobs >= minp:
                r = prev * nobs if same >= nobs else sum_x
        __uset(out, i, r)
    return out

def __roll_mean_var(x, w, minp, ddof, std):
    # __roll_sum_mean(mean=True) and __roll_var in one loop, each state machine unchanged (bit-identical results):
    # both are bound by their own dependency chains, which the CPU overlaps when they share a loop
    n = len(x)
    out_m = __empty(n)
    out_v = __empty(n)
    if w <= 0:
        __raise(3, 0)
    minp_v = minp if minp >= 1 else 1
    nobs = 0
    neg_ct = 0
    sum_x = 0.0
    comp_add = 0.0
    comp_rem = 0.0
    same = 0
    prev = __uget(x, 0) if n > 0 else 0.0
    nobs_v = 0.0
    mean_x = 0.0
    ssqdm = 0.0
    vcomp_add = 0.0
    vcomp_rem = 0.0
    vsame = 0
    vprev = prev
    for i in range(n):
        if i >= w:
            val = __uget(x, i - w)
            if val == val:
                nobs -= 1
                y = -val - comp_rem
                t = sum_x + y
                comp_rem = t - sum_x - y
                sum_x = t
                if __bits(val) < 0:
                    neg_ct -= 1
                nobs_v -= 1.0
                if nobs_v != 0.0:
                    prev_mean = mean_x - vcomp_rem
                    y = val - vcomp_rem
                    t = y - mean_x
                    vcomp_rem = t + mean_x - y
                    mean_x = mean_x - t / nobs_v
                    ssqdm = ssqdm - (val - prev_mean) * (val - mean_x)
                else:
                    mean_x = 0.0
                    ssqdm = 0.0
        val = __uget(x, i)
        if val == val:
            nobs += 1
            y = val - comp_add
            t = sum_x + y
            comp_add = t - sum_x - y
            sum_x = t
            if __bits(val) < 0:
                neg_ct += 1
            if val == prev:
                same += 1
            else:
                same = 1
            prev = val
            nobs_v += 1.0
            if val == vprev:
                vsame += 1
            else:
                vsame = 1
            vprev = val
            prev_mean = mean_x - vcomp_add
            y = val - vcomp_add
            t = y - mean_x
            vcomp_add = t + mean_x - y
            mean_x = mean_x + t / nobs_v
            ssqdm = ssqdm + (val - prev_mean) * (val - mean_x)
        r = np.nan
        if nobs >= minp and nobs > 0:
            r = sum_x / nobs
            if same >= nobs:
                r = prev
            elif neg_ct == 0 and r < 0.0:
                r = 0.0
            elif neg_ct == nobs and r > 0.0:
                r = 0.0
        __uset(out_m, i, r)
        r = np.nan
        if nobs_v >= minp_v and nobs_v > ddof:
            if nobs_v == 1.0 or vsame >= nobs_v:
                r = 0.0
            else:
                r = ssqdm / (nobs_v - ddof)
        if std:
            r = np.sqrt(r) if r > 0.0 else (0.0 if r == 0.0 else r)
        __uset(out_v, i, r)
    return out_m, out_v

def __roll_var(x, w, minp, ddof, std):
    n = len(x)
    out = __empty(n)
    if minp < 1:
        minp = 1
    nobs = 0.0
    mean_x = 0.0
    ssqdm = 0.0
    comp_add = 0.0
    comp_rem = 0.0
    same = 0
    prev = __uget(x, 0) if n > 0 else 0.0
    for i in range(n):
        if i >= w:
            val = __uget(x, i - w)
            if val == val:
                nobs -= 1.0
                if nobs != 0.0:
                    prev_mean = mean_x - comp_rem
                    y = val - comp_rem
                    t = y - mean_x
                    comp_rem = t + mean_x - y
                    mean_x = mean_x - t / nobs
                    ssqdm = ssqdm - (val - prev_mean) * (val - mean_x)
                else:
                    mean_x = 0.0
                    ssqdm = 0.0
        val = __uget(x, i)
        if val == val:
            nobs += 1.0
            if val == prev:
                same += 1
            else:
                same = 1
            prev = val
            prev_mean = mean_x - comp_add
            y = val - comp_add
            t = y - mean_x
            comp_add = t + mean_x - y
            mean_x = mean_x + t / nobs
            ssqdm = ssqdm + (val - prev_mean) * (val - mean_x)
        r = np.nan
        if nobs >= minp and nobs > ddof:
            if nobs == 1.0 or same >= nobs:
                r = 0.0
            else:
                r = ssqdm / (nobs - ddof)
        if std:
            r = np.sqrt(r) if r > 0.0 else (0.0 if r == 0.0 else r)
        __uset(out, i, r)
    return out

def __roll_minmax(x, w, minp, is_max):
    # pandas' monotonic deque (O(n)): dq[head:tail] holds indices of decreasing (max) or increasing (min) values;
    # a new value evicts the ones it beats or ties (so a later -0.0 replaces 0.0, as in pandas); NaN is never queued
    n = len(x)
    out = __empty(n)
    dq = __empty_int(n)
    head = 0
    tail = 0
    nobs = 0
    for i in range(n):
        v = __uget(x, i)
        if v == v:
            nobs += 1
            while tail > head and (__uget(x, __uget(dq, tail - 1)) <= v if is_max else __uget(x, __uget(dq, tail - 1)) >= v):
                tail -= 1
            __uset(dq, tail, i)
            tail += 1
        if i >= w:
            old = __uget(x, i - w)
            if old == old:
                nobs -= 1
        while head < tail and __uget(dq, head) <= i - w:
            head += 1
        __uset(out, i, __uget(x, __uget(dq, head)) if nobs >= minp and nobs > 0 else np.nan)
    return out

def __roll_min(x, w, minp):
    return __roll_minmax(x, w, minp, False)

def __roll_max(x, w, minp):
    return __roll_minmax(x, w, minp, True)

def __roll_count(x, w, minp):
    return __roll_count_upto(x, w, minp, len(x))

def __roll_count_upto(x, w, minp, limit):
    # a running count of valid values; min_periods counts bars in the window, valid or not (pandas 1.5); positions
    # from limit on are padding of a centred window, not bars
    n = len(x)
    out = __empty(n)
    c = 0
    for i in range(n):
        v = __uget(x, i)
        if v == v:
            c += 1
        if i >= w:
            old = __uget(x, i - w)
            if old == old:
                c -= 1
        s = i - w + 1
        if s < 0:
            s = 0
        e = i + 1 if i < limit else limit
        __uset(out, i, float(c) if e - s >= minp else np.nan)
    return out

def __pad_nan(x, k):
    # x followed by k NaN (for centred windows)
    n = len(x)
    out = __empty(n + k)
    for i in range(n):
        __uset(out, i, __uget(x, i))
    for i in range(n, n + k):
        __uset(out, i, np.nan)
    return out

def __drop_front(x, k):
    n = len(x) - k
    out = __empty(n)
    for i in range(n):
        __uset(out, i, __uget(x, i + k))
    return out

def __roll_median(x, w, minp):
    n = len(x)
    out = __empty(n)
    buf = __empty(w)
    for i in range(n):
        s = i - w + 1
        if s < 0:
            s = 0
        c = 0
        for j in range(s, i + 1):
            v = __uget(x, j)
            if v == v:
                __uset(buf, c, v)
                c += 1
        if c >= minp and c > 0:
            __uset(out, i, __quantile(__slice(buf, 0, c, 1, True, True), 0.5, True))
        else:
            __uset(out, i, np.nan)
    return out

def __count_valid(x, s, e):
    c = 0
    for j in range(s, e):
        v = __uget(x, j)
        if v == v:
            c += 1
    return c

def __window_into(buf, x, s, e):
    __set_len(buf, e - s)
    for j in range(s, e):
        __uset(buf, j - s, __uget(x, j))
    return 0

def __ewm_mean(x, com, adjust, ignore_na, min_periods):
    n = len(x)
    out = __empty(n)
    if n == 0:
        return out
    minp = min_periods if min_periods > 1 else 1
    alpha = 1.0 / (1.0 + com)
    old_wt_factor = 1.0 - alpha
    new_wt = 1.0 if adjust else alpha
    weighted = __uget(x, 0)
    nobs = 1 if weighted == weighted else 0
    __uset(out, 0, weighted if nobs >= minp else np.nan)
    old_wt = 1.0
    for i in range(1, n):
        cur = __uget(x, i)
        is_obs = cur == cur
        if is_obs:
            nobs += 1
        if weighted == weighted:
            if is_obs or not ignore_na:
                old_wt = old_wt * old_wt_factor
                if is_obs:
                    if weighted != cur:
                        weighted = old_wt * weighted + new_wt * cur
                        # with adjust=False the divisor is usually exactly 1.0; dividing by 1.0 is the identity, so
                        # skipping it is bit-identical and takes a division off the loop's dependency chain
                        d = old_wt + new_wt
                        if d != 1.0:
                            weighted = weighted / d
                    if adjust:
                        old_wt = old_wt + new_wt
                    else:
                        old_wt = 1.0
        elif is_obs:
            weighted = cur
        __uset(out, i, weighted if nobs >= minp else np.nan)
    return out

def __ewm_var(x, com, adjust, ignore_na, min_periods, bias, std):
    n = len(x)
    out = __empty(n)
    if n == 0:
        return out
    minp = min_periods if min_periods > 1 else 1
    alpha = 1.0 / (1.0 + com)
    old_wt_factor = 1.0 - alpha
    new_wt = 1.0 if adjust else alpha
    mean_x = __uget(x, 0)
    is_obs = mean_x == mean_x
    nobs = 1 if is_obs else 0
    if not is_obs:
        mean_x = np.nan
    r0 = np.nan
    if nobs >= minp:
        r0 = 0.0 if bias else np.nan
    __uset(out, 0, r0)
    cov = 0.0
    sum_wt = 1.0
    sum_wt2 = 1.0
    old_wt = 1.0
    for i in range(1, n):
        cur = __uget(x, i)
        is_obs = cur == cur
        if is_obs:
            nobs += 1
        if mean_x == mean_x:
            if is_obs or not ignore_na:
                sum_wt = sum_wt * old_wt_factor
                sum_wt2 = sum_wt2 * (old_wt_factor * old_wt_factor)
                old_wt = old_wt * old_wt_factor
                if is_obs:
                    old_mean = mean_x
                    if mean_x != cur:
                        mean_x = ((old_wt * old_mean) + (new_wt * cur)) / (old_wt + new_wt)
                    cov = ((old_wt * (cov + ((old_mean - mean_x) * (old_mean - mean_x))))
                           + (new_wt * ((cur - mean_x) * (cur - mean_x)))) / (old_wt + new_wt)
                    sum_wt = sum_wt + new_wt
                    sum_wt2 = sum_wt2 + (new_wt * new_wt)
                    old_wt = old_wt + new_wt
                    if not adjust:
                        sum_wt = sum_wt / old_wt
                        sum_wt2 = sum_wt2 / (old_wt * old_wt)
                        old_wt = 1.0
        elif is_obs:
            mean_x = cur
        r = np.nan
        if nobs >= minp:
            if not bias:
                numerator = sum_wt * sum_wt
                denominator = numerator - sum_wt2
                if denominator > 0.0:
                    r = (numerator / denominator) * cov
            else:
                r = cov
        if std:
            r = np.sqrt(r) if r > 0.0 else (0.0 if r == 0.0 else r)
        __uset(out, i, r)
    return out

# ---------------------------------------------------------------- time and multi-timeframe

def __hour(df):
    t = df['time']
    n = len(t)
    out = __empty_int(n)
    for i in range(n):
        __uset(out, i, (__uget(t, i) // 3600000000000) % 24)
    return out

def __minute(df):
    t = df['time']
    n = len(t)
    out = __empty_int(n)
    for i in range(n):
        __uset(out, i, (__uget(t, i) // 60000000000) % 60)
    return out

def __weekday(df):
    t = df['time']
    n = len(t)
    out = __empty_int(n)
    for i in range(n):
        __uset(out, i, (__uget(t, i) // 86400000000000 + 3) % 7)
    return out

def __resample(df, d):
    t = df['time']
    o = df['open']
    h = df['high']
    l = df['low']
    c = df['close']
    v = df['volume']
    n = len(t)
    m = 0
    last = 0
    for i in range(n):
        ws = (__uget(t, i) // d) * d
        if i == 0 or ws != last:
            m += 1
            last = ws
    rt = __empty_int(m)
    ro = __empty(m)
    rh = __empty(m)
    rl = __empty(m)
    rc = __empty(m)
    rv = __empty(m)
    k = -1
    for i in range(n):
        ws = (__uget(t, i) // d) * d
        if k < 0 or ws != __uget(rt, k):
            k += 1
            __uset(rt, k, ws)
            __uset(ro, k, __uget(o, i))
            __uset(rh, k, __uget(h, i))
            __uset(rl, k, __uget(l, i))
            __uset(rc, k, __uget(c, i))
            __uset(rv, k, __uget(v, i))
        else:
            hv = __uget(h, i)
            if hv > __uget(rh, k) or __uget(rh, k) != __uget(rh, k):
                __uset(rh, k, hv)
            lv = __uget(l, i)
            if lv < __uget(rl, k) or __uget(rl, k) != __uget(rl, k):
                __uset(rl, k, lv)
            __uset(rc, k, __uget(c, i))
            __uset(rv, k, __uget(rv, k) + __uget(v, i))
    out = __df_new(m)
    out['time'] = rt
    out['open'] = ro
    out['high'] = rh
    out['low'] = rl
    out['close'] = rc
    out['volume'] = rv
    __df_set_rule(out, d)
    return out

def __align(df, htf, values, delay):
    t = df['time']
    ht = htf['time']
    d = __df_rule(htf)
    if d <= 0:
        __raise(3, 0)
    n = len(t)
    m = len(ht)
    if len(values) != m:
        __raise(9, 0)
    out = __empty(n)
    j = -1
    for i in range(n):
        start = __uget(t, i)
        while j + 1 < m and __uget(ht, j + 1) + d * (1 + delay) <= start:
            j += 1
        __uset(out, i, __uget(values, j) if j >= 0 else np.nan)
    return out
