import { converted, rejected, type Converted } from './converted.js';

/** Where an organisation's seat is, in WGS 84 degrees. */
export interface Geolocation {
  latitude: number;
  longitude: number;
}

const NUMBER = /^[+-]?\d{1,3}(?:\.\d+)?$/;

/** A CORDIS `geolocation` (`latitude,longitude` in degrees); empty means unknown. */
export function parseCordisGeolocation(raw: string): Converted<Geolocation | undefined> {
  const text = raw.trim();
  if (text === '') return converted(undefined);
  const parts = text.split(',').map((part) => part.trim());
  const [lat, lon] = parts;
  if (parts.length === 2 && lat && lon && NUMBER.test(lat) && NUMBER.test(lon)) {
    const latitude = Number(lat);
    const longitude = Number(lon);
    if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
      return converted({ latitude, longitude });
    }
  }
  return rejected(
    `"${raw}" is not a geolocation "latitude,longitude" in degrees (latitude -90 to 90, longitude -180 to 180)`,
  );
}
