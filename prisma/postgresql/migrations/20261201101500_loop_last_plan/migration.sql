-- AlterTable
ALTER TABLE "Loop" ADD COLUMN     "lastPlan" TEXT;

