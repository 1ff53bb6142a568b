-- AlterTable
ALTER TABLE "connections" ADD COLUMN     "container_tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

