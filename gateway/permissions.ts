import type { ShieldRule } from 'graphql-shield/typings/types';
import { allow, isAdmin, isAuthenticated, isHost, isVerified } from './rules';

/**
 * Who may call each root field, checked at the gateway before any subgraph is asked. A root field
 * missing here is refused (default deny); a test fails when the supergraph has one.
 */
export const permissions: Record<'Query' | 'Mutation', Record<string, ShieldRule>> = {
  Query: {
    me: isAuthenticated,
    mySessions: isAuthenticated,
    failedJobs: isAdmin,
    listing: allow,
    searchListings: allow,
    quote: allow,
    booking: isAuthenticated,
  },
  Mutation: {
    register: allow,
    login: allow,
    completeMfaLogin: allow,
    refreshToken: allow,
    logout: isAuthenticated,
    logoutEverywhere: isAuthenticated,
    revokeSession: isAuthenticated,
    verifyEmail: allow,
    resendVerificationEmail: isAuthenticated,
    changeEmail: isAuthenticated,
    changePassword: isAuthenticated,
    requestPasswordReset: allow,
    resetPassword: allow,
    enrolMfa: isAuthenticated,
    confirmMfa: isAuthenticated,
    disableMfa: isAuthenticated,
    becomeHost: isVerified,
    updateHostProfile: isHost,
    suspendUser: isAdmin,
    reinstateUser: isAdmin,
    retryFailedJob: isAdmin,
    createListing: isHost,
    updateListing: isHost,
    publishListing: isHost,
    deactivateListing: isHost,
    reactivateListing: isHost,
    requestListingPhotoUpload: isHost,
    reorderListingPhotos: isHost,
    updateListingPhoto: isHost,
    deleteListingPhoto: isHost,
    createBooking: isVerified,
    acceptBooking: isHost,
    declineBooking: isHost,
    cancelBooking: isAuthenticated,
    blockDates: isHost,
    unblockDates: isHost,
    setNightlyPrice: isHost,
    updateCalendarSettings: isHost,
  },
};
