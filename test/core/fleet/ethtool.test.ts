import { describe, expect, it } from 'vitest';
import { parseEthtool, parseEthtoolText, parsePower } from '../../../core/index';
import { expectClose } from '../../helpers/expect-close';
import { readFixture } from './fleet-helpers';

describe('ethtool -m, SFF-8636 (QSFP28)', () => {
  for (const file of ['sff8636-qsfp28.txt', 'sff8636-qsfp28.json']) {
    it(`reads ${file}`, () => {
      const result = parseEthtool(readFixture(file));
      if (!result.ok) throw new Error(result.message);
      const m = result.module;
      expect(m.management).toBe('SFF-8636');
      expect(m.identifier).toBe(0x11);
      expect(m.vendor_pn).toBe('QSFP28-100G-CWDM4');
      expect(m.temperature_C).toBe(41.5);
      expect(m.voltage_V).toBe(3.2944);
      expect(m.lanes).toHaveLength(4);
      expect(m.lanes[0]?.tx_bias_mA).toBe(38.25);
      // 0.5012 mW = −3.00 dBm; 0.0000 mW (printed "-inf dBm") is no light, not a number.
      expectClose(m.lanes[1]?.rx_power_dBm ?? 0, -3.0, { atol: 0.001 });
      expect(m.lanes[2]?.rx_power_dBm).toBeNull();
      expectClose(m.lanes[0]?.tx_power_dBm ?? 0, 0.4, { atol: 0.001 });
      expect(m.rx_power_kind).toBe('average');
      expect(m.thresholds.bias_mA?.high_alarm).toBe(75);
      expect(m.thresholds.temperature_C?.low_alarm).toBe(-5);
      // 3.1623 mW = +5.00 dBm (JSON prints the mW to 2 decimals: 3.16 mW = 5.00 dBm).
      expectClose(m.thresholds.rx_power_dBm?.high_alarm ?? 0, 5.0, { atol: 0.01 });
    });
  }
});

describe('ethtool -m, CMIS (QSFP-DD)', () => {
  for (const file of ['cmis-qsfpdd.txt', 'cmis-qsfpdd.json']) {
    it(`reads ${file}`, () => {
      const result = parseEthtool(readFixture(file));
      if (!result.ok) throw new Error(result.message);
      const m = result.module;
      expect(m.management).toBe('CMIS');
      expect(m.identifier).toBe(0x18);
      expect(m.lanes).toHaveLength(8);
      expect(m.lanes[7]?.tx_bias_mA).toBe(53);
      // 1.5849 mW = +2.00 dBm; 0.7943 mW = −1.00 dBm.
      expectClose(m.lanes[0]?.tx_power_dBm ?? 0, 2.0, { atol: 0.001 });
      expectClose(m.lanes[0]?.rx_power_dBm ?? 0, -1.0, { atol: 0.001 });
      expect(m.thresholds.voltage_V?.high_warning).toBe(3.465);
    });
  }

  it('text and JSON of one module agree', () => {
    const text = parseEthtool(readFixture('cmis-qsfpdd.txt'));
    const json = parseEthtool(readFixture('cmis-qsfpdd.json'));
    if (!text.ok || !json.ok) throw new Error('fixture does not parse');
    expect(json.module.lanes).toEqual(text.module.lanes);
  });
});

describe('bad ethtool input', () => {
  it('rejects an SFP (SFF-8472) and names the identifier', () => {
    const result = parseEthtoolText('\tIdentifier                                : 0x03 (SFP)\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('0x03');
  });

  it('lists a malformed value with its line number and keeps the rest', () => {
    const text = readFixture('sff8636-qsfp28.txt').replace('38.250 mA', 'n/a');
    const result = parseEthtoolText(text);
    expect(result.ok).toBe(true);
    expect(result.skipped).toEqual([
      { line: 8, message: expect.stringContaining('Laser tx bias current (Channel 1)') },
    ]);
  });
});

describe('powers are never guessed', () => {
  it('takes the unit from the cell or the header', () => {
    expect(parsePower('-3.1 dBm', null)).toEqual({ ok: true, dBm: -3.1 });
    const mw = parsePower('0.5', 'mW');
    expect(mw.ok && mw.dBm).toBeCloseTo(-3.0103, 4);
    expect(parsePower('-3.1', 'dBm')).toEqual({ ok: true, dBm: -3.1 });
  });

  it('refuses a bare number with no unit anywhere', () => {
    const result = parsePower('0.5', null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('mW and dBm are both possible');
  });
});
