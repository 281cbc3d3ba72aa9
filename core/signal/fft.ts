/**
 * In-place iterative radix-2 complex FFT over split real/imaginary arrays. Small and dependency
 * free: the pulse responses here are a few thousand points, transformed a handful of times.
 */

/** True for 1, 2, 4, 8, … */
export function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
}

/** The smallest power of two ≥ n. */
export function nextPowerOfTwo(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

/**
 * Forward (sign −1) or inverse (sign +1, scaled by 1/N) discrete Fourier transform, in place:
 * X[k] = Σ x[n]·exp(∓2πi·kn/N). The length must be a power of two.
 */
export function fftInPlace(real: Float64Array, imag: Float64Array, inverse = false): void {
  const n = real.length;
  if (imag.length !== n || !isPowerOfTwo(n)) {
    throw new Error(
      `fft: length must be a power of two with matching parts, got ${n}/${imag.length}`,
    );
  }
  // Bit-reversal permutation.
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const tr = real[i] as number;
      real[i] = real[j] as number;
      real[j] = tr;
      const ti = imag[i] as number;
      imag[i] = imag[j] as number;
      imag[j] = ti;
    }
  }
  const sign = inverse ? 1 : -1;
  for (let size = 2; size <= n; size *= 2) {
    const half = size / 2;
    const step = (sign * 2 * Math.PI) / size;
    const wr = Math.cos(step);
    const wi = Math.sin(step);
    for (let start = 0; start < n; start += size) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < half; k++) {
        const a = start + k;
        const b = a + half;
        const br = real[b] as number;
        const bi = imag[b] as number;
        const tr = br * cr - bi * ci;
        const ti = br * ci + bi * cr;
        const ar = real[a] as number;
        const ai = imag[a] as number;
        real[b] = ar - tr;
        imag[b] = ai - ti;
        real[a] = ar + tr;
        imag[a] = ai + ti;
        const nextCr = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = nextCr;
      }
    }
  }
  if (inverse) {
    for (let i = 0; i < n; i++) {
      real[i] = (real[i] as number) / n;
      imag[i] = (imag[i] as number) / n;
    }
  }
}
