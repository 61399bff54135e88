/** Terms of <session-banner> (English, the source locale). */
export const session = {
  bannerRegion: 'Session messages',
};
