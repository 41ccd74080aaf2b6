/** What "now" is: injectable, so a test can say which day it is. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
