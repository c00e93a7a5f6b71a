import { registerEnumType } from 'type-graphql';

/** The controlled catalogue of amenities: search filters on these codes, so free text is not accepted. */
export enum Amenity {
  WIFI = 'WIFI',
  KITCHEN = 'KITCHEN',
  WASHER = 'WASHER',
  DRYER = 'DRYER',
  AIR_CONDITIONING = 'AIR_CONDITIONING',
  HEATING = 'HEATING',
  DEDICATED_WORKSPACE = 'DEDICATED_WORKSPACE',
  TV = 'TV',
  HAIR_DRYER = 'HAIR_DRYER',
  IRON = 'IRON',
  POOL = 'POOL',
  HOT_TUB = 'HOT_TUB',
  FREE_PARKING = 'FREE_PARKING',
  EV_CHARGER = 'EV_CHARGER',
  CRIB = 'CRIB',
  GYM = 'GYM',
  BBQ_GRILL = 'BBQ_GRILL',
  BREAKFAST = 'BREAKFAST',
  INDOOR_FIREPLACE = 'INDOOR_FIREPLACE',
  BEACHFRONT = 'BEACHFRONT',
  WATERFRONT = 'WATERFRONT',
  SKI_IN_SKI_OUT = 'SKI_IN_SKI_OUT',
  PETS_ALLOWED = 'PETS_ALLOWED',
  STEP_FREE_ENTRANCE = 'STEP_FREE_ENTRANCE',
  SMOKE_ALARM = 'SMOKE_ALARM',
  CARBON_MONOXIDE_ALARM = 'CARBON_MONOXIDE_ALARM',
  FIRST_AID_KIT = 'FIRST_AID_KIT',
  FIRE_EXTINGUISHER = 'FIRE_EXTINGUISHER',
}

registerEnumType(Amenity, { name: 'Amenity', description: 'An amenity from the platform catalogue.' });
