import '@testing-library/jest-dom/vitest';
import { MotionGlobalConfig } from 'framer-motion';

// Component tests check what a person sees once a view has settled, not its motion
// (happy-dom's Web Animations also reject when a test unmounts mid-animation).
MotionGlobalConfig.skipAnimations = true;
