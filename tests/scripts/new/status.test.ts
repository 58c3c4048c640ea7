import { describe, expect, it } from 'vitest';
import { statesStatus } from '../../../scripts/new/status.ts';

describe('statesStatus', () => {
  it.each([
    ['held', 'Sebanyak 25 orang ASN telah mengikuti pelatihan SCP di Singapura.'],
    ['held', '12 ASN telah menyelesaikan pelatihan "Waste Management".'],
    ['held', 'Pelatihan yang berlangsung sepekan itu ditutup pada Jumat (11/10).'],
    ['held', 'Usai pelatihan, peserta kembali ke Jambi.'],
    ['held', 'The 20 officers completed the course in Singapore.'],
    ['planned', 'Ke-18 ASN tersebut akan mengikuti pelatihan SCP pada 5 hingga 9 Februari 2025.'],
    ['planned', 'Pelatihan dijadwalkan pada 10 hingga 14 Juni 2024.'],
    ['announced', 'Bulan Juli mendatang Pemkot Jambi akan mengirim 25 ASN.'],
    ['announced', 'Rencananya 25 ASN berangkat ke Singapura.'],
  ] as const)('%s: %j', (status, sentence) => {
    expect(statesStatus(sentence, status)).toBe(true);
  });

  it.each([
    ['held', 'Sebelumnya, 25 orang ASN tersebut telah dilepas secara resmi oleh Wali Kota.'],
    ['held', 'Para peserta dilepas oleh Wali Kota di Rumah Dinas, Jumat (7/6).'],
    ['held', 'Ke-18 ASN tersebut akan mengikuti pelatihan SCP di Singapura.'],
    ['planned', 'Sebanyak 25 orang ASN telah mengikuti pelatihan SCP.'],
    ['planned', 'Wali Kota Jambi melepas 18 orang ASN di Rumah Dinas, Senin (3/2).'],
    ['announced', 'Para peserta dilepas oleh Wali Kota di Rumah Dinas.'],
  ] as const)('not %s: %j', (status, sentence) => {
    expect(statesStatus(sentence, status)).toBe(false);
  });
});
